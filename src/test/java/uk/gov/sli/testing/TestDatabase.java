package uk.gov.sli.testing;

import io.quarkus.test.common.QuarkusTestResource;

/** Every @QuarkusTest runs against one throwaway embedded PostgreSQL loaded with the seed data. */
@QuarkusTestResource(EmbeddedPostgresResource.class)
public final class TestDatabase {

    private TestDatabase() {
    }
}

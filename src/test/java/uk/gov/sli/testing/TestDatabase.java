package uk.gov.sli.testing;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Every @QuarkusTest runs against one throwaway embedded PostgreSQL loaded with the seed data, and a real SMTP server. */
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpServer.class, scope = TestResourceScope.GLOBAL)
public final class TestDatabase {

    private TestDatabase() {
    }
}

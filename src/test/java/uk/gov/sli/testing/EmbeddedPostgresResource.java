package uk.gov.sli.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import uk.gov.sli.platform.embedded.LocalPostgres;

/** A throwaway real PostgreSQL for the test run, in a temporary directory removed afterwards. */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private LocalPostgres postgres;
    private Path home;

    @Override
    public Map<String, String> start() {
        try {
            home = Files.createTempDirectory("sli-test-pg");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        postgres = LocalPostgres.start(home);
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(),
                "quarkus.datasource.username", postgres.username(),
                "quarkus.datasource.password", postgres.password());
    }

    @Override
    public void stop() {
        if (postgres != null) {
            postgres.close();
        }
        org.apache.commons.io.FileUtils.deleteQuietly(home == null ? null : home.toFile());
    }

}

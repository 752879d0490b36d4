package uk.gov.sli.platform;

import java.nio.file.Path;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import uk.gov.sli.platform.embedded.LocalPostgres;

/**
 * Starts the service. With no datasource configured it first starts an embedded PostgreSQL keeping its data
 * in {@code ./data} (or {@code SLI_DATA_DIR}); setting {@code QUARKUS_DATASOURCE_JDBC_URL} uses that
 * database instead, with no other change.
 */
@QuarkusMain
public class Main {

    public static void main(String... args) {
        Path dataDirectory = Path.of(setting("SLI_DATA_DIR", "sli.data-dir", "data"));
        try {
            SessionKey.ensure(dataDirectory);
        } catch (IllegalStateException e) {
            System.err.println("The service cannot start: " + e.getMessage());
            System.exit(1);
        }
        if (externalDatasourceConfigured()) {
            Quarkus.run(args);
            return;
        }
        LocalPostgres postgres = LocalPostgres.start(dataDirectory).supervised();
        System.setProperty("quarkus.datasource.jdbc.url", postgres.jdbcUrl());
        System.setProperty("quarkus.datasource.username", postgres.username());
        System.setProperty("quarkus.datasource.password", postgres.password());
        Runtime.getRuntime().addShutdownHook(new Thread(postgres::close, "embedded-postgres-stop"));
        Quarkus.run(args);
    }

    private static boolean externalDatasourceConfigured() {
        return setting("QUARKUS_DATASOURCE_JDBC_URL", "quarkus.datasource.jdbc.url", "").length() > 0;
    }

    private static String setting(String environmentVariable, String systemProperty, String fallback) {
        String value = System.getProperty(systemProperty, System.getenv(environmentVariable));
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}

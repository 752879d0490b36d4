package uk.gov.sli.platform;

import java.sql.Connection;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.agroal.api.AgroalDataSource;

/**
 * Ready while the database answers. Says only "database unavailable" when it does not: the health endpoint names no
 * host, port or driver message.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    AgroalDataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid(3)) {
                return HealthCheckResponse.up("database");
            }
        } catch (SQLException e) {
            // The cause is the pool's to log; the answer stays plain.
        }
        return HealthCheckResponse.builder().name("database").down().withData("status", "database unavailable").build();
    }
}

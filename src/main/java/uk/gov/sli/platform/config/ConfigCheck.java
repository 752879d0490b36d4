package uk.gov.sli.platform.config;

import java.math.BigDecimal;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;
import uk.gov.sli.rules.InvalidInputException;

/**
 * The service's settings are checked first among the start-up observers (after the migrations, before the users,
 * the seed data and the dashboards): each within its range, and those that must agree with each other in
 * agreement. The ranges are checked here rather than by Bean Validation annotations on
 * {@link SliConfig}: with a constrained mapping, Quarkus builds a validator for the configuration at static
 * initialisation, which took ~0.2 s of a 1.5 s start on JDK 25 with its AOT cache (four starts each: 1.49-1.62 s
 * with the annotations, 1.30-1.36 s without).
 */
@ApplicationScoped
public class ConfigCheck {

    void onStart(@Observes @Priority(1) StartupEvent event, SliConfig config) {
        requireBetween("sli.login.max-failures-per-user", BigDecimal.valueOf(config.login().maxFailuresPerUser()), 1, 1_000);
        requireBetween("sli.login.max-failures-per-address", BigDecimal.valueOf(config.login().maxFailuresPerAddress()), 1, 100_000);
        requireBetween("sli.finance.amber-above-percent", config.finance().amberAbovePercent(), 0, 1_000);
        requireBetween("sli.finance.red-above-percent", config.finance().redAbovePercent(), 0, 1_000);
        try {
            config.finance().thresholds();
        } catch (InvalidInputException e) {
            throw new ConfigurationException("sli.finance.red-above-percent (" + config.finance().redAbovePercent()
                    + ") must be at least sli.finance.amber-above-percent (" + config.finance().amberAbovePercent() + ")");
        }
    }

    /** Stops start-up, naming the setting, its value and its range, when the value lies outside min..max. */
    static void requireBetween(String setting, BigDecimal value, long min, long max) {
        if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new ConfigurationException(setting + " (" + value.toPlainString() + ") must be between " + min + " and " + max);
        }
    }
}

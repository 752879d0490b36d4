package uk.gov.sli.platform.config;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;
import uk.gov.sli.rules.InvalidInputException;

/** Settings that must agree with each other are checked before anything else starts. */
@ApplicationScoped
public class ConfigCheck {

    void onStart(@Observes @Priority(1) StartupEvent event, SliConfig config) {
        try {
            config.finance().thresholds();
        } catch (InvalidInputException e) {
            throw new ConfigurationException("sli.finance.red-above-percent (" + config.finance().redAbovePercent()
                    + ") must be at least sli.finance.amber-above-percent (" + config.finance().amberAbovePercent() + ")");
        }
    }
}

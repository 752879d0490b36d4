package uk.gov.sli.platform.config;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.configuration.ConfigurationException;

/** A setting's range: both ends allowed, anything beyond them refused with the setting's name, value and range. */
class ConfigCheckTest {

    @Test
    void bothEndsOfARangeAreAllowed() {
        assertDoesNotThrow(() -> ConfigCheck.requireBetween("sli.login.max-failures-per-user", BigDecimal.ONE, 1, 1_000));
        assertDoesNotThrow(() -> ConfigCheck.requireBetween("sli.login.max-failures-per-user", BigDecimal.valueOf(1_000), 1, 1_000));
        assertDoesNotThrow(() -> ConfigCheck.requireBetween("sli.finance.amber-above-percent", new BigDecimal("0.0"), 0, 1_000));
    }

    @Test
    void aValueBelowOrAboveItsRangeIsRefusedNamingTheSettingTheValueAndTheRange() {
        ConfigurationException below = assertThrows(ConfigurationException.class,
                () -> ConfigCheck.requireBetween("sli.login.max-failures-per-user", BigDecimal.ZERO, 1, 1_000));
        assertEquals("sli.login.max-failures-per-user (0) must be between 1 and 1000", below.getMessage());
        ConfigurationException above = assertThrows(ConfigurationException.class,
                () -> ConfigCheck.requireBetween("sli.finance.red-above-percent", new BigDecimal("1000.5"), 0, 1_000));
        assertEquals("sli.finance.red-above-percent (1000.5) must be between 0 and 1000", above.getMessage());
        assertThrows(ConfigurationException.class,
                () -> ConfigCheck.requireBetween("sli.finance.amber-above-percent", new BigDecimal("-0.01"), 0, 1_000));
    }
}

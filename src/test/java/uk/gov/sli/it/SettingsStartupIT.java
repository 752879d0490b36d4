package uk.gov.sli.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A bad setting stops the packaged service at start-up, naming the setting, instead of failing a page later. */
class SettingsStartupIT {

    @Test
    void financeThresholdsThatDisagreeStopStartUpNamingBothSettings() throws Exception {
        String log = PackagedService.expectStartupFailure(settings(Map.of(
                "SLI_FINANCE_AMBER_ABOVE_PERCENT", "12", "SLI_FINANCE_RED_ABOVE_PERCENT", "10")));
        assertTrue(log.contains("sli.finance.red-above-percent (10) must be at least sli.finance.amber-above-percent (12)"), log);
    }

    @Test
    void aSettingOutOfItsRangeStopsStartUpNamingIt() throws Exception {
        String log = PackagedService.expectStartupFailure(settings(Map.of("SLI_LOGIN_MAX_FAILURES_PER_USER", "0")));
        assertTrue(log.contains("sli.login.max-failures-per-user (0) must be between 1 and 1000"), log);
    }

    @Test
    void aPercentOutOfItsRangeStopsStartUpNamingIt() throws Exception {
        String log = PackagedService.expectStartupFailure(settings(Map.of("SLI_FINANCE_AMBER_ABOVE_PERCENT", "-5")));
        assertTrue(log.contains("sli.finance.amber-above-percent (-5) must be between 0 and 1000"), log);
    }

    private static Map<String, String> settings(Map<String, String> bad) throws Exception {
        Path home = Files.createTempDirectory("sli-bad-setting");
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
        Map<String, String> env = new java.util.HashMap<>(bad);
        env.put("SLI_DATA_DIR", home.resolve("data").toString());
        env.put("SLI_ADMIN_PASSWORD", "startup-test-password");
        return env;
    }
}

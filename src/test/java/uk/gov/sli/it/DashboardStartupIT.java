package uk.gov.sli.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A dashboard file with a mistake stops the packaged service's start-up, naming the file and the field. */
class DashboardStartupIT {

    @Test
    void aBadDashboardFileStopsStartUpNamingTheFileAndTheField() throws Exception {
        Path home = Files.createTempDirectory("sli-bad-dashboard");
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path dashboards = Files.createDirectories(home.resolve("dashboards"));
        Files.writeString(dashboards.resolve("broken.yaml"), """
                id: broken
                title: Broken
                panels:
                  - id: one
                    title: One
                    chart: pie3d
                    source: finance.variance
                """);
        String log = PackagedService.expectStartupFailure(Map.of(
                "SLI_DATA_DIR", home.resolve("data").toString(),
                "SLI_DASHBOARDS_DIRECTORY", dashboards.toString(),
                "SLI_ADMIN_PASSWORD", "startup-test-password"));
        assertTrue(log.contains("broken.yaml"), log);
        assertTrue(log.contains("panels[0].chart"), log);
        assertTrue(log.contains("expected one of bar, stacked-bar, horizontal-bar, line, bar-line, doughnut, was 'pie3d'"), log);
    }
}

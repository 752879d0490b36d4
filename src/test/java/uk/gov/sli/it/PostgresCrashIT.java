package uk.gov.sli.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.IntSupplier;

import org.junit.jupiter.api.Test;

/** The embedded PostgreSQL's postmaster is killed under the packaged service: it is restarted and the service recovers. */
class PostgresCrashIT {

    private static final String PASSWORD = "crash-test-password";

    @Test
    void aKilledPostmasterIsRestartedAndTheServiceIsReadyAgainWithoutARestart() throws Exception {
        Path home = Files.createTempDirectory("sli-crash");
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path data = home.resolve("data");
        try (PackagedService service = PackagedService.start(Map.of("SLI_DATA_DIR", data.toString(),
                "SLI_ADMIN_PASSWORD", PASSWORD))) {
            given().auth().preemptive().basic("admin", PASSWORD).baseUri(service.baseUrl()).contentType("text/csv")
                    .body("code,quarter,value\nPEER-01,Q3,25\n").post("/api/years/2015-16/figures").then().statusCode(200);
            long postmaster = Long.parseLong(Files.readAllLines(data.resolve("pgdata").resolve("postmaster.pid")).get(0).trim());
            ProcessHandle.of(postmaster).orElseThrow().destroyForcibly();

            // Recovery can be quicker than a poll, so the proof is the new postmaster and the service's own words.
            Path pid = data.resolve("pgdata").resolve("postmaster.pid");
            awaitStatus(() -> {
                try {
                    return Long.parseLong(Files.readAllLines(pid).get(0).trim()) != postmaster ? 1 : 0;
                } catch (java.io.IOException | RuntimeException e) {
                    return 0;
                }
            }, 1, Duration.ofSeconds(60));
            awaitStatus(() -> given().baseUri(service.managementUrl()).get("/q/health/ready").statusCode(), 200,
                    Duration.ofSeconds(60));
            given().auth().preemptive().basic("admin", PASSWORD).baseUri(service.baseUrl())
                    .get("/api/years/2015-16/deliverables?quarter=Q3").then().statusCode(200)
                    .body("targets.find { it.code == 'PEER-01' }.quarters.Q3", equalTo(25));
            given().baseUri(service.managementUrl()).get("/q/health/live").then().statusCode(200);
            String log = service.log();
            org.junit.jupiter.api.Assertions.assertTrue(log.contains("PostgreSQL stopped unexpectedly"), log);
            org.junit.jupiter.api.Assertions.assertTrue(log.contains("PostgreSQL is back after crash recovery"), log);
        } finally {
            org.apache.commons.io.FileUtils.deleteQuietly(home.toFile());
        }
    }

    private static void awaitStatus(IntSupplier status, int expected, Duration limit) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        int last = -1;
        while (Instant.now().isBefore(deadline)) {
            try {
                last = status.getAsInt();
            } catch (RuntimeException e) {
                last = -1;
            }
            if (last == expected) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("expected " + expected + " within " + limit + ", last " + last);
    }
}

package uk.gov.sli.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The README's run command with no datasource configured: embedded PostgreSQL in a data directory, seeded on
 * first start, and every acknowledged change still there after a restart, even after the process was killed.
 */
class RestartIT {

    private Path dataDir;

    @BeforeEach
    void createDataDir() throws Exception {
        dataDir = Files.createTempDirectory("sli-restart");
        // When the tests run as root, PostgreSQL runs as nobody and must be able to reach the data directory.
        Files.setPosixFilePermissions(dataDir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @AfterEach
    void removeDataDir() throws Exception {
        org.apache.commons.io.FileUtils.deleteQuietly(dataDir.toFile());
    }

    private String session;

    private static String formLogin(String baseUrl) {
        return given().baseUri(baseUrl).redirects().follow(false).contentType(io.restassured.http.ContentType.URLENC)
                .formParam("j_username", "admin").formParam("j_password", "restart-test-password")
                .post("/j_security_check").then().statusCode(302).extract().cookie("quarkus-credential");
    }

    private static int page(String baseUrl, String session) {
        return given().baseUri(baseUrl).cookie("quarkus-credential", session).redirects().follow(false)
                .get("/years/2015-16").statusCode();
    }

    @Test
    void aFigureChangedByImportSurvivesAKillAndARestart() throws Exception {
        Map<String, String> env = Map.of("SLI_DATA_DIR", dataDir.resolve("data").toString(),
                "SLI_ADMIN_PASSWORD", "restart-test-password");
        try (PackagedService first = PackagedService.start(env)) {
            System.out.printf("start-to-ready on a new data directory (initdb, migrate, seed): %d ms%n",
                    first.startToReady().toMillis());
            given().auth().preemptive().basic("admin", "restart-test-password").baseUri(first.baseUrl()).get("/api/years/2015-16/summary?quarter=Q2").then().statusCode(200)
                    .body("keyTargets", equalTo(26)).body("green", equalTo(15)).body("amber", equalTo(11));
            given().auth().preemptive().basic("admin", "restart-test-password").baseUri(first.baseUrl()).contentType("text/csv")
                    .body("code,quarter,value\nPEER-01,Q3,25\n")
                    .post("/api/years/2015-16/figures").then().statusCode(200);
            session = formLogin(first.baseUrl());
            assertEquals(200, page(first.baseUrl(), session));
            first.kill();
        }
        Path keyFile = dataDir.resolve("data").resolve("session.key");
        assertTrue(Files.exists(keyFile), "the session key is kept in the data directory");
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)));
        try (PackagedService second = PackagedService.start(env)) {
            System.out.printf("start-to-ready on an existing data directory: %d ms%n", second.startToReady().toMillis());
            given().auth().preemptive().basic("admin", "restart-test-password").baseUri(second.baseUrl()).get("/api/years/2015-16/deliverables?quarter=Q3").then().statusCode(200)
                    .body("targets.find { it.code == 'PEER-01' }.quarters.Q3", equalTo(25))
                    .body("targets.find { it.code == 'PEER-01' }.total", equalTo(56));
            assertEquals(200, page(second.baseUrl(), session), "a session survives a restart");
            String log = second.log();
            assertFalse(log.contains("temporary key"), "no key is generated on the fly and logged");
            assertFalse(log.contains(Files.readString(keyFile).trim()), "the key never reaches the log");
        }
        Path elsewhere = Files.createTempDirectory("sli-other-key");
        Files.setPosixFilePermissions(elsewhere, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        try (PackagedService other = PackagedService.start(Map.of("SLI_DATA_DIR", elsewhere.resolve("data").toString(),
                "SLI_ADMIN_PASSWORD", "restart-test-password"))) {
            assertEquals(302, page(other.baseUrl(), session), "a cookie made with another key is refused");
        } finally {
            org.apache.commons.io.FileUtils.deleteQuietly(elsewhere.toFile());
        }
    }
}

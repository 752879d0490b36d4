package uk.gov.sli.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import uk.gov.sli.platform.embedded.LocalPostgres;

/** Two identical instances of the packaged service against one PostgreSQL, started at the same moment. */
class TwoInstancesIT {

    @Test
    void twoInstancesShareOneDatabaseMigrationLoginsAndConflictDetection() throws Exception {
        Path home = Files.createTempDirectory("sli-two");
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (LocalPostgres db = LocalPostgres.start(home.resolve("db"))) {
            Map<String, String> env = Map.of(
                    "QUARKUS_DATASOURCE_JDBC_URL", db.jdbcUrl(),
                    "QUARKUS_DATASOURCE_USERNAME", db.username(),
                    "QUARKUS_DATASOURCE_PASSWORD", db.password(),
                    "SLI_SESSION_KEY", "a-shared-session-key-of-32-chars!!",
                    "SLI_ADMIN_PASSWORD", "two-instances-password");
            CompletableFuture<PackagedService> startingA = CompletableFuture.supplyAsync(() -> start(env));
            CompletableFuture<PackagedService> startingB = CompletableFuture.supplyAsync(() -> start(env));
            try (PackagedService a = startingA.join(); PackagedService b = startingB.join()) {
                try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                     ResultSet migrations = c.createStatement().executeQuery(
                             "select count(*), count(distinct version) from flyway_schema_history where success");
                     ResultSet targets = c.createStatement().executeQuery(
                             "select count(*) from target where year_id = '2015-16'")) {
                    migrations.next();
                    assertEquals(migrations.getInt(2), migrations.getInt(1), "each migration ran once between them");
                    targets.next();
                    assertEquals(27, targets.getInt(1), "the seed data was loaded once");
                }

                String session = given().baseUri(a.baseUrl()).redirects().follow(false).contentType(ContentType.URLENC)
                        .formParam("j_username", "admin").formParam("j_password", "two-instances-password")
                        .post("/j_security_check").then().statusCode(302).extract().cookie("quarkus-credential");
                given().baseUri(b.baseUrl()).cookie("quarkus-credential", session).redirects().follow(false)
                        .get("/years/2015-16").then().statusCode(200).body(containsString("2015/16"));

                Integer version = given().baseUri(a.baseUrl()).auth().preemptive().basic("admin", "two-instances-password")
                        .get("/api/years/2015-16/figures/PEER-01/Q2").then().extract().path("version");
                String edit = "{\"value\":14,\"commentary\":\"edited\",\"version\":" + version + "}";
                given().baseUri(a.baseUrl()).auth().preemptive().basic("admin", "two-instances-password")
                        .contentType(ContentType.JSON).body(edit).put("/api/years/2015-16/figures/PEER-01/Q2")
                        .then().statusCode(200);
                given().baseUri(b.baseUrl()).auth().preemptive().basic("admin", "two-instances-password")
                        .contentType(ContentType.JSON).body(edit.replace("14", "15")).put("/api/years/2015-16/figures/PEER-01/Q2")
                        .then().statusCode(409);
                given().baseUri(b.baseUrl()).auth().preemptive().basic("admin", "two-instances-password")
                        .get("/api/years/2015-16/figures/PEER-01/Q2").then().body("value", org.hamcrest.Matchers.equalTo(14));
            }
        }
    }

    private static PackagedService start(Map<String, String> env) {
        try {
            return PackagedService.start(env);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

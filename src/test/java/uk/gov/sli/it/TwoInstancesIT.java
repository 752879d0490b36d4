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
        com.icegreen.greenmail.util.GreenMail smtp = new com.icegreen.greenmail.util.GreenMail(
                new com.icegreen.greenmail.util.ServerSetup(0, "127.0.0.1", "smtp").dynamicPort());
        smtp.start();
        try (LocalPostgres db = LocalPostgres.start(home.resolve("db"))) {
            Map<String, String> env = Map.of(
                    "QUARKUS_DATASOURCE_JDBC_URL", db.jdbcUrl(),
                    "QUARKUS_DATASOURCE_USERNAME", db.username(),
                    "QUARKUS_DATASOURCE_PASSWORD", db.password(),
                    "SLI_SESSION_KEY", "a-shared-session-key-of-32-chars!!",
                    "SLI_ADMIN_PASSWORD", "two-instances-password",
                    "QUARKUS_MAILER_HOST", "127.0.0.1",
                    "QUARKUS_MAILER_PORT", String.valueOf(smtp.getSmtp().getPort()),
                    // Only PostgreSQL's notice can tell one instance of the other's change within this test.
                    "SLI_DATA_VERSION_TRUSTED_FOR", "PT10M");
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
                String deliverables = "/api/years/2015-16/deliverables?quarter=Q2";
                String peerQ2 = "targets.find { it.code == 'PEER-01' }.quarters.Q2";
                Number before = given().baseUri(b.baseUrl()).auth().preemptive().basic("admin", "two-instances-password")
                        .get(deliverables).then().statusCode(200).extract().path(peerQ2);
                given().baseUri(a.baseUrl()).auth().preemptive().basic("admin", "two-instances-password")
                        .contentType(ContentType.JSON).body(edit).put("/api/years/2015-16/figures/PEER-01/Q2")
                        .then().statusCode(200);
                seenOn(b, deliverables, peerQ2, before);
                given().baseUri(b.baseUrl()).auth().preemptive().basic("admin", "two-instances-password")
                        .contentType(ContentType.JSON).body(edit.replace("14", "15")).put("/api/years/2015-16/figures/PEER-01/Q2")
                        .then().statusCode(409);
                given().baseUri(b.baseUrl()).auth().preemptive().basic("admin", "two-instances-password")
                        .get("/api/years/2015-16/figures/PEER-01/Q2").then().body("value", org.hamcrest.Matchers.equalTo(14));

                remindersAreSentOnceBetweenThem(db, a, b, smtp);
            }
        } finally {
            smtp.stop();
        }
    }

    /** B, which kept its answer from before A's change, answers with the change within moments (told by PostgreSQL). */
    private static void seenOn(PackagedService b, String path, String field, Number before) throws InterruptedException {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(5).toNanos();
        Number now = before;
        while (now.doubleValue() == before.doubleValue() && System.nanoTime() < deadline) {
            Thread.sleep(10);
            now = given().baseUri(b.baseUrl()).auth().preemptive().basic("admin", "two-instances-password")
                    .get(path).then().statusCode(200).extract().path(field);
        }
        assertEquals(14, now.intValue(), "the other instance's figure, without restarting or waiting for the cache to age");
    }

    /** Both instances asked, many times at once, to send the day's reminders: each owner gets one email. */
    private static void remindersAreSentOnceBetweenThem(LocalPostgres db, PackagedService a, PackagedService b,
            com.icegreen.greenmail.util.GreenMail smtp) throws Exception {
        given().baseUri(a.baseUrl()).auth().preemptive().basic("admin", "two-instances-password").contentType(ContentType.JSON)
                .body("{\"password\":\"owner-good-password\",\"role\":\"contributor\",\"email\":\"owner@example.gov.uk\"}")
                .put("/api/users/owner").then().statusCode(201);
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password())) {
            c.createStatement().executeUpdate("update target set owner = 'owner' where year_id = '2015-16' and code = 'PEER-02'");
        }
        String due = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1).toString();
        given().baseUri(a.baseUrl()).auth().preemptive().basic("admin", "two-instances-password").contentType(ContentType.JSON)
                .body("{\"due\":\"" + due + "\"}").post("/api/years/2015-16/returns/Q3").then().statusCode(200);
        java.util.List<CompletableFuture<Integer>> asks = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String url = (i % 2 == 0 ? a : b).baseUrl();
            asks.add(CompletableFuture.supplyAsync(() -> given().baseUri(url).auth().preemptive()
                    .basic("admin", "two-instances-password").contentType(ContentType.JSON)
                    .post("/api/years/2015-16/returns/Q3/remind").then().statusCode(200).extract().<Integer>path("queued")));
        }
        int queued = asks.stream().mapToInt(CompletableFuture::join).sum();
        assertEquals(1, queued, "one due-soon reminder for the one owner, between both instances");
        smtp.waitForIncomingEmail(20_000, 2);
        Thread.sleep(2000);
        long reminders = java.util.Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject().startsWith("Reminder:");
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count();
        assertEquals(1, reminders, "received exactly once");
        assertEquals(2, smtp.getReceivedMessages().length, "the return's opening and one reminder");
    }

    private static PackagedService start(Map<String, String> env) {
        try {
            return PackagedService.start(env);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

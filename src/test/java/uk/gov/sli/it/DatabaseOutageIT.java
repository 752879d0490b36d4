package uk.gov.sli.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.IntSupplier;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import uk.gov.sli.platform.embedded.LocalPostgres;

/** The database stops under a running service and comes back: no hang, no restart, no acknowledged write lost. */
class DatabaseOutageIT {

    private static final String PASSWORD = "outage-test-password";

    @Test
    void theServiceRidesOutADatabaseOutage() throws Exception {
        Path home = Files.createTempDirectory("sli-outage");
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
        LocalPostgres db = LocalPostgres.start(home.resolve("db"));
        int port = db.port();
        Map<String, String> env = Map.of("QUARKUS_DATASOURCE_JDBC_URL", db.jdbcUrl(),
                "QUARKUS_DATASOURCE_USERNAME", db.username(), "QUARKUS_DATASOURCE_PASSWORD", db.password(),
                "SLI_ADMIN_PASSWORD", PASSWORD);
        try (PackagedService service = PackagedService.start(env)) {
            String url = service.baseUrl();
            Integer version = api(url).get("/api/years/2015-16/figures/PEER-01/Q3").then().extract().path("version");
            api(url).contentType(ContentType.JSON).body("{\"value\":21,\"commentary\":\"before the outage\",\"version\":" + version + "}")
                    .put("/api/years/2015-16/figures/PEER-01/Q3").then().statusCode(200);
            String session = given().baseUri(url).redirects().follow(false).contentType(ContentType.URLENC)
                    .formParam("j_username", "admin").formParam("j_password", PASSWORD)
                    .post("/j_security_check").then().statusCode(302).extract().cookie("quarkus-credential");
            given().baseUri(url).cookie("quarkus-credential", session).get("/years/2015-16").then().statusCode(200);

            db.close();

            awaitStatus(() -> given().baseUri(service.managementUrl()).get("/q/health/ready").statusCode(), 503, Duration.ofSeconds(30));
            given().baseUri(service.managementUrl()).get("/q/health/live").then().statusCode(200);

            Instant asked = Instant.now();
            Response answer = api(url).get("/api/years/2015-16/deliverables?quarter=Q2");
            Duration took = Duration.between(asked, Instant.now());
            answer.then().statusCode(503).contentType("application/problem+json").header("Retry-After", "30");
            assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "answered in " + took + ", not hung");
            api(url).contentType(ContentType.JSON).body("{\"value\":99,\"commentary\":\"during\",\"version\":0}")
                    .put("/api/years/2015-16/figures/PEER-01/Q3").then().statusCode(503);
            given().baseUri(url).cookie("quarkus-credential", session).accept("text/html").get("/years/2015-16")
                    .then().statusCode(503).contentType(containsString("text/html"))
                    .body(containsString("The database is not reachable just now"));

            try (LocalPostgres back = LocalPostgres.start(home.resolve("db"), port)) {
                awaitStatus(() -> given().baseUri(service.managementUrl()).get("/q/health/ready").statusCode(), 200, Duration.ofSeconds(60));
                awaitStatus(() -> api(url).get("/api/years/2015-16/figures/PEER-01/Q3").statusCode(), 200, Duration.ofSeconds(30));
                api(url).get("/api/years/2015-16/figures/PEER-01/Q3").then()
                        .body("value", equalTo(21)).body("commentary", equalTo("before the outage"));
                System.out.println(service.log().lines().filter(l -> l.contains("unreachable")).count()
                        + " requests answered 503 during the outage");
            }
        }
    }

    private static io.restassured.specification.RequestSpecification api(String url) {
        return given().baseUri(url).auth().preemptive().basic("admin", PASSWORD);
    }

    private static void awaitStatus(IntSupplier status, int expected, Duration limit) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        int last = -1;
        while (Instant.now().isBefore(deadline)) {
            last = status.getAsInt();
            if (last == expected) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("expected " + expected + " within " + limit + ", last " + last);
    }
}

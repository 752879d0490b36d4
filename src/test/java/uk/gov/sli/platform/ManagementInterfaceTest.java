package uk.gov.sli.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.gov.sli.testing.As;
import uk.gov.sli.testing.Management;

/** Health and metrics live on the management interface only, with bounded tags and no internals. */
@QuarkusTest
class ManagementInterfaceTest {

    @Test
    void metricsAndHealthAreAbsentFromThePublicPortAndPresentOnTheManagementPort() {
        As.admin().get("/q/metrics").then().statusCode(404);
        As.admin().get("/q/health/ready").then().statusCode(404);
        As.admin().urlEncodingEnabled(false).get("/api/years/%2e%2e/%2e%2e/q/metrics").then()
                .body(not(containsString("http_server_requests")));
        given().redirects().follow(false).get("/q/metrics").then().statusCode(302); // to the sign-in page, like any page
        given().get("/q/metrics").then().body(not(containsString("http_server_requests")));
        given().port(Management.port()).get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds"));
        given().port(Management.port()).get("/q/health/ready").then().statusCode(200)
                .body(containsString("database")).body(not(containsString("127.0.0.1")));
    }

    @Test
    void unmatchedPathsNeverBecomeMetricTags() {
        for (int i = 0; i < 110; i++) {
            given().patch("/api/years/junk" + i);
        }
        As.viewer().get("/api/years/2015-16/summary?quarter=Q2").then().statusCode(200);
        String metrics = given().port(Management.port()).get("/q/metrics").asString();
        org.junit.jupiter.api.Assertions.assertFalse(metrics.contains("junk"), "a raw path became a tag");
        org.junit.jupiter.api.Assertions.assertTrue(metrics.contains("uri=\"/api/years/{id}/summary\""),
                "real endpoints are still recorded, by their route template");
    }
}

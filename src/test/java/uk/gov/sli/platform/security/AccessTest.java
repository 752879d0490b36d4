package uk.gov.sli.platform.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import uk.gov.sli.testing.As;

/** Who may do what, over HTTP Basic and form login, against the running service. */
@QuarkusTest
class AccessTest {

    @Test
    void anonymousApiCallsGet401WithABasicChallenge() {
        given().get("/api/years").then().statusCode(401).header("WWW-Authenticate", containsString("Basic"));
    }

    @Test
    void anonymousPageRequestsGoToTheLoginPage() {
        given().redirects().follow(false).get("/years/2015-16").then().statusCode(302)
                .header("Location", containsString("/login"));
        given().get("/login").then().statusCode(200).body(containsString("name=\"j_username\""));
    }

    @Test
    void aWrongPasswordGets401() {
        given().auth().preemptive().basic("viewer", "not-the-password").get("/api/years").then().statusCode(401);
    }

    @Test
    void repeatedWrongPasswordsForOneUserAreRefusedWith429() {
        for (int i = 0; i < 5; i++) {
            given().auth().preemptive().basic("throttled-user", "guess-" + i).get("/api/years").then().statusCode(401);
        }
        given().auth().preemptive().basic("throttled-user", "guess-6").get("/api/years").then().statusCode(429)
                .header("Retry-After", notNullValue()).contentType("application/problem+json");
        // Another user from the same place is not locked out by it.
        As.viewer().get("/api/years").then().statusCode(200);
    }

    static Stream<Arguments> writeEndpoints() {
        String json = "{\"value\":1,\"commentary\":\"x\",\"version\":null,\"department\":\"DCLG\",\"password\":\"long-enough-pw\",\"role\":\"viewer\",\"reason\":\"r\"}";
        return Stream.of(
                Arguments.of("PUT", "/api/years/2015-16", ContentType.JSON.toString(), json),
                Arguments.of("POST", "/api/years/2015-16/targets", "text/csv", "code,theme,title,measure\n"),
                Arguments.of("POST", "/api/years/2015-16/figures", "text/csv", "code,quarter\n"),
                Arguments.of("PUT", "/api/years/2015-16/figures/PEER-01/Q3", ContentType.JSON.toString(), json),
                Arguments.of("POST", "/api/years/2015-16/quarters/Q1/sign-off", ContentType.JSON.toString(), "{}"),
                Arguments.of("POST", "/api/years/2015-16/quarters/Q1/reopen", ContentType.JSON.toString(), json),
                Arguments.of("PUT", "/api/users/someone", ContentType.JSON.toString(), json));
    }

    @ParameterizedTest(name = "viewer {0} {1} -> 403")
    @MethodSource("writeEndpoints")
    void aViewerIsForbiddenEveryWrite(String method, String path, String contentType, String body) {
        As.viewer().contentType(contentType).body(body).request(method, path).then().statusCode(403);
    }

    @ParameterizedTest(name = "viewer GET {0} -> 200")
    @ValueSource(strings = {"/api/years", "/api/years/2015-16", "/api/years/2015-16/deliverables?quarter=Q2",
            "/api/years/2015-16/summary?quarter=Q2", "/api/years/2015-16/figures/PEER-01/Q2",
            "/api/years/2015-16/figures/PEER-01/Q2/history", "/years/2015-16", "/years/2015-16/targets/PEER-01"})
    void aViewerMayReadEverything(String path) {
        As.viewer().get(path).then().statusCode(200);
    }

    @Test
    void anEditorMayNotChangeTargetsOrUsers() {
        As.editor().contentType("text/csv").body("code,theme,title,measure\n").post("/api/years/2015-16/targets")
                .then().statusCode(403);
        As.editor().contentType(ContentType.JSON).body("{\"password\":\"long-enough-pw\",\"role\":\"admin\"}")
                .put("/api/users/editor").then().statusCode(403);
    }

    @Test
    void anAdminCreatesAUserWhoCanThenSignIn() {
        As.admin().contentType(ContentType.JSON).body("{\"password\":\"officer-password-1\",\"role\":\"editor\"}")
                .put("/api/users/officer1").then().statusCode(201).body("role", equalTo("editor"));
        given().auth().preemptive().basic("officer1", "officer-password-1").get("/api/years").then().statusCode(200);
        As.admin().contentType(ContentType.JSON).body("{\"password\":\"short\",\"role\":\"editor\"}")
                .put("/api/users/officer2").then().statusCode(400).contentType("application/problem+json");
        As.admin().contentType(ContentType.JSON).body("{\"password\":\"officer-password-2\",\"role\":\"boss\"}")
                .put("/api/users/officer2").then().statusCode(400);
    }
}

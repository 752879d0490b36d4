package uk.gov.sli.platform.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import uk.gov.sli.testing.As;
import uk.gov.sli.testing.Pages;
import uk.gov.sli.testing.TestYears;

/** The weaknesses a hostile or careless user found, each reproduced and shown closed. */
@QuarkusTest
class HardeningTest {

    private static final AtomicInteger USERS = new AtomicInteger();

    @Inject
    EntityManager em;

    /** A user of its own for each test, so lockouts and sign-outs touch nobody else. */
    private static String newUser(String role, String password) {
        String name = "hardening" + USERS.incrementAndGet();
        As.admin().contentType(ContentType.JSON).body("{\"password\":\"" + password + "\",\"role\":\"" + role + "\"}")
                .put("/api/users/" + name).then().statusCode(201);
        return name;
    }

    private static int pageStatus(String session) {
        return given().cookie("quarkus-credential", session).redirects().follow(false).get("/years/2015-16").statusCode();
    }

    @Test
    void anOldSessionIsRefusedAfterSignOutAndAfterAPasswordChange() {
        String user = newUser("viewer", "first-good-password-1");
        String session = Pages.login(user, "first-good-password-1");
        assertEquals(200, pageStatus(session));

        Response form = given().cookie("quarkus-credential", session).get("/logout"); // the sign-out page and its button
        given().cookie("quarkus-credential", session).cookie("csrf-token", form.getCookie("csrf-token")).redirects().follow(false)
                .contentType(ContentType.URLENC).formParam("csrf-token", Pages.hidden(form.asString(), "csrf-token"))
                .post("/logout").then().statusCode(303);
        assertEquals(302, pageStatus(session), "the cookie kept from before sign-out is refused");

        String second = Pages.login(user, "first-good-password-1");
        assertEquals(200, pageStatus(second));
        As.admin().contentType(ContentType.JSON).body("{\"password\":\"second-good-password-2\",\"role\":\"viewer\"}")
                .put("/api/users/" + user).then().statusCode(200);
        assertEquals(302, pageStatus(second), "a password change ends the session");
        given().auth().preemptive().basic(user, "first-good-password-1").get("/api/years").then().statusCode(401);
        given().auth().preemptive().basic(user, "second-good-password-2").get("/api/years").then().statusCode(200);
    }

    @Test
    void aRoleChangeAppliesToTheNextRequestAndSignOutEverywhereEndsEverySession() {
        String user = newUser("editor", "editor-good-password");
        given().auth().preemptive().basic(user, "editor-good-password").contentType("text/csv")
                .body("code,quarter,value\n").post("/api/years/2015-16/figures").then().statusCode(200);
        As.admin().contentType(ContentType.JSON).body("{\"role\":\"viewer\"}").put("/api/users/" + user).then().statusCode(200);
        given().auth().preemptive().basic(user, "editor-good-password").contentType("text/csv")
                .body("code,quarter,value\n").post("/api/years/2015-16/figures").then().statusCode(403);

        String session = Pages.login(user, "editor-good-password");
        assertEquals(200, pageStatus(session));
        As.admin().contentType(ContentType.JSON).post("/api/users/" + user + "/sign-out-everywhere").then().statusCode(204);
        assertEquals(302, pageStatus(session));
    }

    @Test
    void aBurstOfParallelGuessesGetsOnlyTheAllowedNumberChecked() throws Exception {
        String user = newUser("viewer", "the-right-password-9");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String guess = i == 28 ? "the-right-password-9" : "wrong-guess-number-" + i;
            answers.add(pool.submit(() -> given().auth().preemptive().basic(user, guess).get("/api/years").statusCode()));
        }
        for (Future<Integer> answer : answers) {
            answer.get();
        }
        pool.shutdown();
        long checkedAndWrong = As.admin().get("/api/security-events").jsonPath()
                .getList("findAll { it.user == '" + user + "' && it.type == 'SIGN_IN_FAILED' }").size();
        assertTrue(checkedAndWrong <= 5, checkedAndWrong + " wrong passwords were checked; at most 5 may be");
        given().auth().preemptive().basic(user, "the-right-password-9").get("/api/years").then().statusCode(429)
                .header("Retry-After", not(equalTo(null)));
    }

    @Test
    void aSpoofedForwardedForFromAnUntrustedPeerIsIgnored() {
        String user = newUser("viewer", "spoof-good-password");
        given().header("X-Forwarded-For", "203.0.113.9").auth().preemptive().basic(user, "not-the-password")
                .get("/api/years").then().statusCode(401);
        As.admin().get("/api/security-events").then().statusCode(200)
                .body("findAll { it.user == '" + user + "' }.address", hasItem("127.0.0.1"))
                .body("findAll { it.user == '" + user + "' }.address", not(hasItem("203.0.113.9")));
    }

    @Test
    void securityEventsListSignInsFailuresAndUserChangesForAdminsOnly() {
        String user = newUser("viewer", "events-good-password");
        given().auth().preemptive().basic(user, "events-wrong-password").get("/api/years").then().statusCode(401);
        given().auth().preemptive().basic(user, "events-good-password").get("/api/years").then().statusCode(200);
        As.admin().get("/api/security-events?since=2020-01-01T00:00:00Z").then().statusCode(200)
                .body("findAll { it.user == '" + user + "' }.type", hasItem("USER_CREATED"))
                .body("findAll { it.user == '" + user + "' }.type", hasItem("SIGN_IN_FAILED"))
                .body("findAll { it.user == '" + user + "' }.type", hasItem("SIGN_IN"));
        As.viewer().get("/api/security-events").then().statusCode(403);
        As.admin().get("/api/security-events?since=yesterday").then().statusCode(400);
    }

    @Test
    void theLastAdminCanBeNeitherDemotedNorDeleted() {
        As.admin().contentType(ContentType.JSON).body("{\"role\":\"viewer\"}").put("/api/users/admin").then().statusCode(409)
                .body("detail", containsString("last admin"));
        As.admin().delete("/api/users/admin").then().statusCode(409);
        As.admin().get("/api/years").then().statusCode(200);
    }

    @Test
    void weakPasswordsAreRefused() {
        for (String weak : new String[] { "short", "aaaaaaaaaaaaaa", "password1234", "x".repeat(129) }) {
            As.admin().contentType(ContentType.JSON).body("{\"password\":\"" + weak + "\",\"role\":\"viewer\"}")
                    .put("/api/users/weakling").then().statusCode(400).body("errors[0].column", equalTo("password"));
        }
    }

    @Test
    void aPasswordLongerThan72BytesCountsEveryCharacter() {
        String base = "p".repeat(40) + "q".repeat(40);
        String user = newUser("viewer", base + "-end-one");
        given().auth().preemptive().basic(user, base + "-end-one").get("/api/years").then().statusCode(200);
        given().auth().preemptive().basic(user, base + "-end-two").get("/api/years").then().statusCode(401);
    }

    @Test
    void seedDataIsAttributedToSeedDataAndLeadershipImportsAreAudited() {
        String year = TestYears.create("DCLG", null);
        As.editor().contentType("text/csv").body("programme,module,score\nLA,Module 1,3.5\n")
                .post("/api/years/" + year + "/leadership/satisfaction").then().statusCode(200);
        As.editor().contentType("text/csv").body("programme,module,score\nLA,Module 2,3.1\n")
                .post("/api/years/" + year + "/leadership/satisfaction").then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> {
            List<?> seeded = em.createNativeQuery("select distinct r.username from quarterly_figure_aud a join revinfo r on "
                    + "r.rev = a.rev join target t on t.id = a.target_id where t.year_id = '2015-16'").getResultList();
            assertEquals(List.of("seed-data"), seeded);
            Number replaced = (Number) em.createNativeQuery("select count(*) from leadership_score_aud a join revinfo r on "
                    + "r.rev = a.rev where a.year_id = ?1 and a.revtype = 2 and r.username = 'editor'").setParameter(1, year)
                    .getSingleResult();
            assertEquals(1, replaced.intValue(), "the replaced score is on record as deleted by the editor");
        });
    }

    @Test
    void aFileThatIsNotUtf8GetsA400ThroughTheApiAndThePage() {
        String year = TestYears.create("DCLG", "code,theme,title,measure\nL-01,Cafes,Latin,cumulative\n");
        byte[] latin1 = "code,quarter,value,commentary\nL-01,Q1,1,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        As.editor().contentType("text/csv").body(latin1).post("/api/years/" + year + "/figures").then().statusCode(400)
                .body("errors[0].message", containsString("CSV UTF-8"));
        String session = Pages.login("editor", "editor");
        Response form = given().cookie("quarkus-credential", session).get("/years/" + year + "/upload/figures");
        given().cookie("quarkus-credential", session).cookie("csrf-token", form.getCookie("csrf-token"))
                .multiPart("csrf-token", Pages.hidden(form.asString(), "csrf-token"))
                .multiPart("file", "figures.csv", latin1, "text/csv")
                .post("/years/" + year + "/upload/figures").then().statusCode(400).body(containsString("CSV UTF-8"));
        As.viewer().get("/api/years/" + year + "/figures/L-01/Q1").then().body("value", equalTo(null));
    }

    @Test
    void commentaryThatASpreadsheetWouldRunIsNeutralisedHoweverItArrives() throws Exception {
        String year = TestYears.create("DCLG", "code,theme,title,target,measure\nF-01,T,One,10,cumulative\n"
                + "F-02,T,Two,10,cumulative\nF-03,T,Three,10,cumulative\n");
        String[] payloads = { " =HYPERLINK(\"http://example.org\",\"x\")", "\n=1+2", "  @SUM(A1:A2)" };
        for (int i = 0; i < payloads.length; i++) {
            As.editor().contentType(ContentType.JSON)
                    .body(java.util.Map.of("value", 1, "commentary", payloads[i]))
                    .put("/api/years/" + year + "/figures/F-0" + (i + 1) + "/Q1").then().statusCode(200);
        }
        String csv = As.viewer().get("/api/years/" + year + "/export.csv?quarter=Q1").asString().substring(1);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        for (CSVRecord row : rows) {
            assertTrue(row.get("Commentary").startsWith("'"), "not neutralised: " + row.get("Commentary"));
        }
    }

    @Test
    void controlCharactersInAPathOrACellAreA400AndReachNeitherTheDatabaseNorTheLog() {
        As.viewer().urlEncodingEnabled(false).get("/api/years/2015-16/figures/PEER%0001/Q1").then().statusCode(400);
        As.viewer().urlEncodingEnabled(false).get("/api/years/2015-16%0aFAKE-LOG-LINE").then().statusCode(400);
        String year = TestYears.create("DCLG", "code,theme,title,target,measure\nN-01,T,One,10,cumulative\n");
        As.editor().contentType("text/csv").body("code,quarter,value,commentary\nN-01,Q1,1,bad\u0000text\n")
                .post("/api/years/" + year + "/figures").then().statusCode(400)
                .body("errors[0].column", equalTo("commentary")).body("errors[0].message", containsString("control character"));
        As.editor().contentType(ContentType.JSON).body(java.util.Map.of("value", 1, "commentary", "nul\u0000here"))
                .put("/api/years/" + year + "/figures/N-01/Q1").then().statusCode(400);
        As.admin().contentType("text/csv").body("dimension,category,programme,bookings\nparty," + "x".repeat(101) + ",LA,1\n")
                .post("/api/years/" + year + "/leadership/bookings").then().statusCode(400)
                .body("errors[0].column", equalTo("category"));
    }

    @Test
    void changesRequestedFromAnotherSiteAreRefusedSignInAndSignOutIncluded() {
        given().header("Sec-Fetch-Site", "cross-site").contentType(ContentType.URLENC)
                .formParam("j_username", "admin").formParam("j_password", "admin")
                .post("/j_security_check").then().statusCode(403);
        given().header("Origin", "https://elsewhere.example").contentType(ContentType.URLENC).post("/logout")
                .then().statusCode(403);
        As.admin().header("Origin", "https://elsewhere.example").contentType(ContentType.JSON)
                .post("/api/years/2015-16/quarters/Q1/sign-off").then().statusCode(403);
        As.viewer().header("Sec-Fetch-Site", "cross-site").get("/api/years").then().statusCode(200);
    }

    @Test
    void signedInAnswersAreNeverCachedAndRedirectsNeverEchoTheHostHeader() {
        As.viewer().get("/api/years").then().header("Cache-Control", equalTo("no-store"));
        As.viewer().get("/api/years/2015-16/export.csv?quarter=Q2").then().header("Cache-Control", equalTo("no-store"));
        given().header("Host", "attacker.example").redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", "viewer").formParam("j_password", "viewer")
                .post("/j_security_check").then().statusCode(302)
                .header("Location", not(containsString("attacker.example")));
        given().header("Host", "attacker.example").redirects().follow(false).get("/years/2015-16").then()
                .header("Location", not(containsString("attacker.example")));
    }
}

package uk.gov.sli.platform.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;


import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import uk.gov.sli.testing.As;
import uk.gov.sli.testing.TestYears;
import static uk.gov.sli.testing.Pages.hidden;
import static uk.gov.sli.testing.Pages.login;

/** Stale edits, the audit trail, sign-off, CSRF, escaping and headers, in a year of their own. */
@QuarkusTest
class IntegrityTest {

    static final String YEAR = TestYears.next();
    static final String XSS = "<script>alert(1)</script>";

    @BeforeEach
    void createYear() {
        As.admin().contentType(ContentType.JSON).body("{\"department\":\"DLUHC\"}").put("/api/years/" + YEAR);
        As.admin().contentType("text/csv").body("""
                code,theme,title,description,target,unit,measure,key
                S-01,Safety,Stale edits target,Plain text,100,councils,cumulative,true
                S-02,Safety,History target,Plain text,10,councils,cumulative,true
                S-03,Safety,Sign-off target,Plain text,10,councils,cumulative,true
                S-04,Safety <b>theme</b>,%s,%s,10,councils,cumulative,true
                """.formatted(XSS, XSS)).post("/api/years/" + YEAR + "/targets").then().statusCode(200);
    }

    @Test
    void aStaleVersionGets409AndTheFirstWritersValueStays() {
        Long version = As.editor().get(figure("S-01", "Q1")).then().statusCode(200).extract().path("version");
        Response first = As.editor().contentType(ContentType.JSON)
                .body("{\"value\":10,\"commentary\":\"first\",\"version\":" + version + "}").put(figure("S-01", "Q1"));
        first.then().statusCode(200).body("value", equalTo(10));
        // The second writer loaded the same version as the first.
        As.admin().contentType(ContentType.JSON)
                .body("{\"value\":99,\"commentary\":\"second\",\"version\":" + version + "}").put(figure("S-01", "Q1"))
                .then().statusCode(409).contentType("application/problem+json")
                .body("current.value", equalTo(10)).body("current.commentary", equalTo("first"));
        As.viewer().get(figure("S-01", "Q1")).then().body("value", equalTo(10)).body("commentary", equalTo("first"));
        // With the current version the second writer may knowingly replace it.
        Integer current = first.then().extract().path("version");
        As.admin().contentType(ContentType.JSON)
                .body("{\"value\":99,\"commentary\":\"second\",\"version\":" + current + "}").put(figure("S-01", "Q1"))
                .then().statusCode(200).body("value", equalTo(99));
    }

    @Test
    void historyListsEveryChangeInOrderWithItsUser() {
        Integer v = put("editor", "S-02", "Q1", "{\"value\":1,\"commentary\":\"one\",\"version\":null}");
        v = put("admin", "S-02", "Q1", "{\"value\":2,\"commentary\":\"two\",\"version\":" + v + "}");
        put("editor", "S-02", "Q1", "{\"value\":3,\"commentary\":\"three\",\"version\":" + v
                + ",\"ragOverride\":\"AMBER\",\"ragReason\":\"waiting for returns\"}");
        As.viewer().get(figure("S-02", "Q1") + "/history").then().statusCode(200)
                .body("user", contains("editor", "admin", "editor"))
                .body("value", contains(1, 2, 3))
                .body("commentary", contains("one", "two", "three"))
                .body("rag_override", contains(null, null, "AMBER"))
                .body("rag_reason", contains(null, null, "waiting for returns"))
                .body("[0].at", notNullValue());
    }

    @Test
    void aSignedOffQuarterRefusesEditsAndImportsUntilReopened() {
        Integer v = put("editor", "S-03", "Q2", "{\"value\":4,\"commentary\":\"before\",\"version\":null}");
        As.admin().contentType(ContentType.JSON).post("/api/years/" + YEAR + "/quarters/Q2/sign-off").then().statusCode(200)
                .body("action", equalTo("SIGN_OFF")).body("user", equalTo("admin"));

        As.editor().contentType(ContentType.JSON).body("{\"value\":5,\"commentary\":\"after\",\"version\":" + v + "}")
                .put(figure("S-03", "Q2")).then().statusCode(409)
                .body("detail", containsString("signed off by admin"));
        As.editor().contentType("text/csv").body("code,quarter,value\nS-03,Q1,1\nS-03,Q2,5\n")
                .post("/api/years/" + YEAR + "/figures").then().statusCode(409);
        As.viewer().get(figure("S-03", "Q2")).then().body("value", equalTo(4));
        As.viewer().get(figure("S-03", "Q1")).then().body("value", nullValue());

        As.admin().contentType(ContentType.JSON).body("{}").post("/api/years/" + YEAR + "/quarters/Q2/reopen")
                .then().statusCode(400);
        As.admin().contentType(ContentType.JSON).body("{\"reason\":\"late return from a council\"}")
                .post("/api/years/" + YEAR + "/quarters/Q2/reopen").then().statusCode(200);
        As.editor().contentType(ContentType.JSON).body("{\"value\":5,\"commentary\":\"after\",\"version\":" + v + "}")
                .put(figure("S-03", "Q2")).then().statusCode(200);
        As.viewer().get(figure("S-03", "Q2") + "/history").then()
                .body("change", contains("created", "signed off", "reopened", "changed"))
                .body("[2].rag_reason", equalTo("late return from a council"));
    }

    @Test
    void markupInEveryTextFieldIsShownEscapedOnEveryPage() {
        As.editor().contentType("text/csv").body("code,quarter,value,commentary,rag_override,rag_reason\nS-04,Q1,2,"
                + XSS + ",RED," + XSS + "\n").post("/api/years/" + YEAR + "/figures").then().statusCode(200);
        for (String page : new String[] {"/years/" + YEAR + "?quarter=Q1", "/years/" + YEAR + "/targets/S-04",
                "/years/" + YEAR + "/targets/S-04/quarters/Q1/edit"}) {
            As.editor().get(page).then().statusCode(200)
                    .body(not(containsString(XSS)))
                    .body(not(containsString("<b>theme</b>")))
                    .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"));
        }
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefusedAndWithItIsSaved() {
        String session = login("editor", "editor");
        Response form = given().cookie("quarkus-credential", session)
                .get("/years/" + YEAR + "/targets/S-01/quarters/Q4/edit");
        form.then().statusCode(200);
        String token = hidden(form.asString(), "csrf-token");
        String csrfCookie = form.getCookie("csrf-token");

        given().cookie("quarkus-credential", session).cookie("csrf-token", csrfCookie)
                .contentType(ContentType.URLENC).formParam("value", "7").formParam("version", "")
                .post("/years/" + YEAR + "/targets/S-01/quarters/Q4/edit").then().statusCode(400);
        As.viewer().get(figure("S-01", "Q4")).then().body("value", nullValue());

        given().cookie("quarkus-credential", session).cookie("csrf-token", csrfCookie).redirects().follow(false)
                .contentType(ContentType.URLENC).formParam("csrf-token", token).formParam("value", "7")
                .formParam("version", "").post("/years/" + YEAR + "/targets/S-01/quarters/Q4/edit")
                .then().statusCode(303).header("Location", containsString("/targets/S-01"));
        As.viewer().get(figure("S-01", "Q4")).then().body("value", equalTo(7));
    }

    @Test
    void aBadFormEntryIsShownAgainWithTheMessageAndNothingIsStored() {
        String session = login("editor", "editor");
        Response form = given().cookie("quarkus-credential", session).get("/years/" + YEAR + "/targets/S-01/quarters/Q3/edit");
        given().cookie("quarkus-credential", session).cookie("csrf-token", form.getCookie("csrf-token"))
                .contentType(ContentType.URLENC).formParam("csrf-token", hidden(form.asString(), "csrf-token"))
                .formParam("value", "lots").formParam("rag_override", "RED").formParam("rag_reason", "")
                .formParam("version", "").post("/years/" + YEAR + "/targets/S-01/quarters/Q3/edit")
                .then().statusCode(400)
                .body(containsString("Enter a number"))
                .body(containsString("leave it empty if not reported (&#39;lots&#39; is not a number)"))
                .body(containsString("Give the reason for overriding"))
                .body(containsString("value=\"lots\""));
        As.viewer().get(figure("S-01", "Q3")).then().body("value", nullValue());
    }

    @Test
    void securityHeadersAreOnPagesApiResponsesAndErrors() {
        for (Response response : new Response[] {As.viewer().get("/years/2015-16"), As.viewer().get("/api/years"),
                As.viewer().get("/api/years/1999-00"), given().get("/api/years"), given().get("/login")}) {
            response.then()
                    .header("Content-Security-Policy", containsString("default-src 'self'"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("Referrer-Policy", notNullValue());
        }
    }

    @Test
    void errorsCarryAnIdAndNoInternals() {
        As.viewer().get("/api/years/" + YEAR + "/figures/S-01/Q9").then().statusCode(400)
                .body(not(containsString("Exception"))).body(not(containsString("uk.gov")));
        As.viewer().accept("text/html").get("/years/1999-00").then().statusCode(404)
                .contentType(containsString("text/html")).body(containsString("No MoU year"))
                .body(not(containsString("Exception")));
    }

    private static Integer put(String user, String code, String quarter, String json) {
        return As.user(user).contentType(ContentType.JSON).body(json).put(figure(code, quarter))
                .then().statusCode(200).extract().path("version");
    }

    private static String figure(String code, String quarter) {
        return "/api/years/" + YEAR + "/figures/" + code + "/" + quarter;
    }
}

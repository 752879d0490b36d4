package uk.gov.sli.report;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import uk.gov.sli.testing.As;
import uk.gov.sli.testing.TestYears;

/** The board paper's own text: seeded from item 6, edited by editors, printed before the annexes, frozen at sign-off. */
@QuarkusTest
class BoardPaperTest {

    @Test
    void theQ2PaperOf2015IsItem6AsPrinted() {
        As.viewer().get("/api/years/2015-16/papers/Q2").then().statusCode(200)
                .body("meeting", equalTo("Improvement and Innovation Board")).body("date", equalTo("19 January 2016"))
                .body("agendaItem", equalTo("6")).body("title", equalTo("Performance and Finance report"))
                .body("purpose", equalTo("For information."))
                .body("recommendation", equalTo("That the Board notes the six-month monitoring report and highlights any areas for further action or report back."))
                .body("financeNarrative", containsString("projected underspend of £2.6 million"));
        As.viewer().get("/years/2015-16/report?quarter=Q2").then().statusCode(200)
                .body(containsString("Agenda item 6"))
                .body(containsString("For information."))
                .body(containsString("Officers to initiate any required action."))
                .body(containsString("Dennis Skinner, Head of Improvement"))
                .body(containsString("31 peer challenges delivered"))
                .body(containsString("Savings arising from the restructuring of external support services"));
        As.editor().get("/years/2015-16/papers/Q2/edit").then().statusCode(200)
                .body(containsString("Highlights the figures suggest"))
                .body(containsString("Training for at least 500 councillors with leadership roles in their local authorities: 548 against a target of 500"));
    }

    @Test
    void anEditorWritesThePaperAViewerMayNotAndASignedOffQuartersPaperIsFrozen() {
        String year = TestYears.create("DCLG", null);
        String base = "/api/years/" + year + "/papers/Q1";
        As.viewer().get(base).then().statusCode(200).body("title", nullValue());
        As.viewer().contentType(ContentType.JSON).body("{\"title\":\"x\"}").put(base).then().statusCode(403);
        As.editor().contentType(ContentType.JSON).body("{\"title\":\"Q1 report\",\"purpose\":\"For decision.\","
                + "\"highlights\":\"First highlight\\nSecond highlight\"}").put(base).then().statusCode(200)
                .body("title", equalTo("Q1 report")).body("version", equalTo(0));
        As.viewer().get("/years/" + year + "/report?quarter=Q1").then().body(containsString("Second highlight"));

        As.editor().contentType(ContentType.JSON).body("{\"title\":\"stale\",\"version\":7}").put(base).then().statusCode(409);
        As.editor().contentType(ContentType.JSON).body("{\"title\":\"x\\u0000y\"}").put(base).then().statusCode(400);
        As.admin().contentType(ContentType.JSON).post("/api/years/" + year + "/quarters/Q1/sign-off").then().statusCode(200);
        As.editor().contentType(ContentType.JSON).body("{\"title\":\"after\"}").put(base).then().statusCode(409);
        As.viewer().get(base).then().body("title", equalTo("Q1 report"));
    }
}

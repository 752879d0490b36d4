package uk.gov.sli.mou;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.gov.sli.testing.As;
import uk.gov.sli.testing.TestYears;
import io.restassured.http.ContentType;

/** Imports through the API into a year of its own, against the real embedded PostgreSQL. */
@QuarkusTest
class ImportApiTest {

    static final String YEAR = TestYears.next();

    static final String TARGETS = """
            code,theme,title,description,target,unit,measure,profile,amber_threshold,key
            T-01,Peer Work,Deliver peer challenges,"Deliver at least 100 peer challenges, with peers",100,peer challenges,cumulative,,,true
            T-02,Peer Work,Pilot councils,Pilot in 5 councils,5,councils,snapshot,10/30/60/100,0.9,true
            T-03,Leadership,Narrative commitment,Support councils with devolution,,,cumulative,,,false
            """;

    /** Idempotent: a PUT and an upsert by code, so each test starts from the same three targets. */
    @BeforeEach
    void createYearWithTargets() {
        As.admin().contentType(ContentType.JSON).body("{\"department\":\"MHCLG\",\"grant\":19200000}")
                .put("/api/years/" + YEAR).then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(201), equalTo(200)));
        As.admin().contentType("text/csv").body(TARGETS).post("/api/years/" + YEAR + "/targets")
                .then().statusCode(200).body("imported", equalTo(3));
    }

    @Test
    void yearsListShowsTheCreatedYearWithItsLabel() {
        As.admin().get("/api/years").then().statusCode(200)
                .body("find { it.id == '" + YEAR + "' }.label", equalTo(YEAR.replace('-', '/')))
                .body("find { it.id == '" + YEAR + "' }.department", equalTo("MHCLG"))
                .body("find { it.id == '" + YEAR + "' }.grant", equalTo(19200000));
    }

    @Test
    void importedFiguresAreComputedIntoTheDeliverables() {
        As.admin().contentType("text/csv").body("""
                code,quarter,value,commentary,rag_override,rag_reason
                T-01,Q1,18,Slow start after the election,,
                T-01,Q2,13,,AMBER,99 delivered or in the pipeline
                T-02,Q1,1,,,
                T-02,Q2,2,,,
                """).post("/api/years/" + YEAR + "/figures").then().statusCode(200).body("imported", equalTo(4));

        As.admin().get("/api/years/" + YEAR + "/deliverables?quarter=Q2").then().statusCode(200)
                .body("year", equalTo(YEAR)).body("quarter", equalTo("Q2"))
                .body("targets.code", contains("T-01", "T-02", "T-03"))
                .body("targets[0].quarters.Q1", equalTo(18)).body("targets[0].quarters.Q3", nullValue())
                .body("targets[0].total", equalTo(31)).body("targets[0].percentAchieved", equalTo(31))
                .body("targets[0].computedRag", equalTo("RED")).body("targets[0].rag", equalTo("AMBER"))
                .body("targets[0].ragOverridden", equalTo(true))
                .body("targets[0].ragReason", equalTo("99 delivered or in the pipeline"))
                .body("targets[1].total", equalTo(2)).body("targets[1].expectedToDate", equalTo(1.5f))
                .body("targets[1].computedRag", equalTo("GREEN"))
                // Rule 4: a narrative target has no computed RAG, and without the officer's status it is awaited.
                .body("targets[2].computedRag", equalTo("NOT_ASSESSED")).body("targets[2].rag", equalTo("NOT_REPORTED"))
                .body("targets[2].percentAchieved", nullValue());
    }

    @Test
    void aBadFigureImportListsEveryBadLineAndStoresNothing() {
        String before = As.admin().get("/api/years/" + YEAR + "/deliverables?quarter=Q4").asString();

        As.admin().contentType("text/csv").body("""
                code,quarter,value,commentary,rag_override,rag_reason
                T-02,Q3,4,fine on its own,,
                NOPE,Q1,3,,,
                T-01,Q5,3,,,
                T-01,Q3,-2,,,
                T-01,Q4,lots,,,
                T-01,Q4,1,,PURPLE,
                T-02,Q4,1,,RED,
                """).post("/api/years/" + YEAR + "/figures")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors", hasSize(7))
                .body("errors.line", contains(3, 4, 5, 6, 7, 7, 8))
                .body("errors.column", contains("code", "quarter", "value", "value", "rag_override", "quarter", "rag_reason"));

        As.admin().get("/api/years/" + YEAR + "/deliverables?quarter=Q4").then().body(equalTo(before));
    }

    @Test
    void aBadTargetImportNamesLineAndColumnAndStoresNothing() {
        As.admin().contentType("text/csv").body("""
                code,theme,title,target,measure,profile,amber_threshold,key
                T-09,Peer Work,New one,10,cumulative,,,
                T-10,Peer Work,,10,weekly,25/50/40/100,1.5,maybe
                """).post("/api/years/" + YEAR + "/targets")
                .then().statusCode(400)
                .body("errors.column", hasItems("title", "measure", "profile", "amber_threshold", "key"))
                .body("errors.line", hasItems(3));
        As.admin().get("/api/years/" + YEAR + "/deliverables?quarter=Q1").then()
                .body("targets.code", contains("T-01", "T-02", "T-03"));
    }

    @Test
    void aFileLongerThanOneImportTakesIsRefusedAndTheUploadPageSaysHowLongAFileMayBe() {
        StringBuilder csv = new StringBuilder("code,quarter,value\n");
        for (int i = 0; i <= uk.gov.sli.tables.Table.MAX_ROWS; i++) {
            csv.append("T-01,Q1,").append(i % 9).append('\n');
        }
        String before = As.admin().get("/api/years/" + YEAR + "/deliverables?quarter=Q4").asString();
        As.editor().contentType("text/csv").body(csv.toString()).post("/api/years/" + YEAR + "/figures").then()
                .statusCode(400).body("errors[0].message", org.hamcrest.Matchers.containsString("at most 50000"));
        As.admin().get("/api/years/" + YEAR + "/deliverables?quarter=Q4").then().body(equalTo(before));
        As.editor().get("/years/" + YEAR + "/upload/figures").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("at most 50,000 rows"));
    }

    @Test
    void aTargetsFileLeavingColumnsOutKeepsWhatTheTargetsHaveAndAnEmptyCellClears() {
        As.admin().contentType("text/csv").body("code,theme,title,measure\nT-02,Peer Work,Pilot councils,snapshot\n")
                .post("/api/years/" + YEAR + "/targets").then().statusCode(200);
        As.admin().get("/api/years/" + YEAR + "/deliverables?quarter=Q1").then().statusCode(200)
                .body("targets.find { it.code == 'T-02' }.description", equalTo("Pilot in 5 councils"))
                .body("targets.find { it.code == 'T-02' }.target", equalTo(5))
                .body("targets.find { it.code == 'T-02' }.unit", equalTo("councils"))
                .body("targets.find { it.code == 'T-02' }.profile", equalTo("10/30/60/100"))
                .body("targets.find { it.code == 'T-02' }.amberThreshold", equalTo(0.9f))
                .body("targets.find { it.code == 'T-02' }.key", equalTo(true));

        As.admin().contentType("text/csv").body("code,theme,title,measure,description,unit\nT-02,Peer Work,Pilot councils,snapshot,,\n")
                .post("/api/years/" + YEAR + "/targets").then().statusCode(200);
        As.admin().get("/api/years/" + YEAR + "/deliverables?quarter=Q1").then().statusCode(200)
                .body("targets.find { it.code == 'T-02' }.description", nullValue())
                .body("targets.find { it.code == 'T-02' }.unit", nullValue())
                .body("targets.find { it.code == 'T-02' }.target", equalTo(5));
    }

    @Test
    void aMisspeltColumnIsRejectedRatherThanIgnored() {
        As.admin().contentType("text/csv").body("code,quarter,valeu\nT-01,Q1,5\n").post("/api/years/" + YEAR + "/figures")
                .then().statusCode(400).body("errors[0].line", equalTo(1)).body("errors[0].column", equalTo("valeu"));
    }

    @Test
    void anUnknownYearIsA404Problem() {
        As.admin().get("/api/years/1999-00/deliverables").then().statusCode(404)
                .contentType("application/problem+json").body("detail", equalTo("No MoU year '1999-00'"));
        As.admin().contentType("text/csv").body("code,quarter\n").post("/api/years/1999-00/figures").then().statusCode(404);
    }

    @Test
    void aBadQuarterIsA400Problem() {
        As.admin().get("/api/years/" + YEAR + "/summary?quarter=Q7").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aYearIdMustNameConsecutiveYears() {
        As.admin().contentType(ContentType.JSON).body("{\"department\":\"DCLG\"}").put("/api/years/2015-17")
                .then().statusCode(400).contentType("application/problem+json");
        As.admin().contentType(ContentType.JSON).body("{\"label\":\"2015/16\"}").put("/api/years/" + TestYears.next())
                .then().statusCode(400);
    }

    @Test
    void aYearsDepartmentIsRequiredAndAtMostAHundredCharactersAndTheYearIsLeftAsItWas() {
        As.admin().contentType(ContentType.JSON).body("{\"department\":\" \"}").put("/api/years/" + YEAR)
                .then().statusCode(400).contentType("application/problem+json").body("title", equalTo("Invalid request"))
                .body("errors[0].column", equalTo("department")).body("errors[0].message", equalTo("department is required"));
        As.admin().contentType(ContentType.JSON).body("{\"department\":\"" + "D".repeat(101) + "\"}").put("/api/years/" + YEAR)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].column", equalTo("department"))
                .body("errors[0].message", equalTo("department must be at most 100 characters (this one has 101)"));
        As.viewer().get("/api/years/" + YEAR).then().statusCode(200).body("department", equalTo("MHCLG"));
        As.admin().contentType(ContentType.JSON).body("{\"department\":\"" + "D".repeat(100) + "\"}").put("/api/years/" + YEAR)
                .then().statusCode(200).body("department", equalTo("D".repeat(100)));
        As.admin().contentType(ContentType.JSON).body("{\"department\":\"DCLG\",\"label\":\"2015-16\"}").put("/api/years/" + YEAR)
                .then().statusCode(400).body("errors[0].column", equalTo("label"));
        for (String none : new String[] { "", "null" }) {
            As.admin().contentType(ContentType.JSON).body(none).put("/api/years/" + YEAR).then().statusCode(400)
                    .contentType("application/problem+json").body("detail", containsString("the year is sent as JSON"));
        }
        As.viewer().get("/api/years/" + YEAR).then().statusCode(200).body("department", equalTo("D".repeat(100)));
    }
}

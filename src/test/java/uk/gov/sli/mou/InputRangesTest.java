package uk.gov.sli.mou;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import uk.gov.sli.testing.As;
import uk.gov.sli.testing.Pages;
import uk.gov.sli.testing.TestYears;

/**
 * Rule 11 at every door: imports (CSV and XLSX), the JSON API, the edit form and the finance import refuse a number
 * out of range or malformed, name the line and column (or field) and the allowed range, and store nothing.
 */
@QuarkusTest
class InputRangesTest {

    static final String RANGE = "a number from 0 to 1,000,000,000,000 with at most 4 decimal places";
    static String year;

    @BeforeEach
    void aYearWithOneTarget() {
        year = TestYears.create("DCLG", """
                code,theme,title,target,measure,key
                R-01,Ranges,Range target,100,cumulative,true
                """);
    }

    private static String deliverables() {
        return As.viewer().get("/api/years/" + year + "/deliverables?quarter=Q4").then().statusCode(200).extract().asString();
    }

    @ParameterizedTest(name = "figure ''{0}'' is refused")
    @ValueSource(strings = { "1e131072", "1e524288", "-0.00001", "1.23456", "1e13", "-5", "\"12,34\"" })
    void anOutOfRangeFigureInACsvImportIsRefusedWithItsLineColumnAndRange(String value) {
        String before = deliverables();
        As.editor().contentType("text/csv").body("code,quarter,value\nR-01,Q1,5\nR-01,Q2," + value + "\n")
                .post("/api/years/" + year + "/figures").then().statusCode(400)
                .body("errors[0].line", equalTo(3)).body("errors[0].column", equalTo("value"))
                .body("errors[0].message", containsString(RANGE));
        assertEquals(before, deliverables(), "nothing stored");
    }

    @Test
    void aValueOfThreeHundredThousandDigitsIsRefusedWithoutBeingRead() {
        As.editor().contentType("text/csv").body("code,quarter,value\nR-01,Q1," + "9".repeat(300_000) + "\n")
                .post("/api/years/" + year + "/figures").then().statusCode(400)
                .body("errors[0].message", containsString("longer than 40 characters"));
        As.viewer().get("/api/years/" + year + "/figures/R-01/Q1").then().body("value", equalTo(null));
    }

    @Test
    void thousandsSeparatorsAndScientificNotationAreStoredAsWritten() {
        As.editor().contentType("text/csv").body("code,quarter,value\nR-01,Q3,\"1,200\"\nR-01,Q4,1.2e3\n")
                .post("/api/years/" + year + "/figures").then().statusCode(200);
        As.viewer().get("/api/years/" + year + "/figures/R-01/Q3").then().body("value", equalTo(1200));
        As.viewer().get("/api/years/" + year + "/figures/R-01/Q4").then().body("value", equalTo(1200));
        As.editor().contentType("text/csv").body("code,quarter,value\nR-01,Q3,12.3456\n")
                .post("/api/years/" + year + "/figures").then().statusCode(200);
        As.viewer().get("/api/years/" + year + "/figures/R-01/Q3").then().body("value", equalTo(12.3456f));
    }

    @Test
    void aHugeNumberInAnXlsxCellIsRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("Figures");
        sheet.value(0, 0, "code");
        sheet.value(0, 1, "quarter");
        sheet.value(0, 2, "value");
        sheet.value(1, 0, "R-01");
        sheet.value(1, 1, "Q2");
        sheet.value(1, 2, new BigDecimal("1E+1000000"));
        workbook.finish();
        As.editor().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").body(out.toByteArray())
                .post("/api/years/" + year + "/figures").then().statusCode(400)
                .body("errors[0].line", equalTo(2)).body("errors[0].column", equalTo("value"));
    }

    @Test
    void anEmptyXlsxBodyIsA400NotAnError() {
        As.editor().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").body(new byte[0])
                .post("/api/years/" + year + "/figures").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].message", equalTo("the file is not an XLSX workbook"));
    }

    @ParameterizedTest(name = "JSON {0} is refused")
    @ValueSource(strings = { "{\"value\":1e131072,\"version\":null}", "{\"value\":\"1e13\",\"version\":null}",
            "{\"value\":-0.00001,\"version\":null}", "{\"value\":1.23456,\"version\":null}",
            "{\"value\":5,\"version\":\"abc\"}", "{\"value\":5,\"commentary\":{},\"version\":null}",
            "{\"value\":[5],\"version\":null}", "{\"value\":true,\"version\":null}" })
    void aJsonFigureOfTheWrongTypeOrRangeIsA400AndChangesNothing(String json) {
        As.editor().contentType(ContentType.JSON).body(json).put("/api/years/" + year + "/figures/R-01/Q2")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", not(containsString("Exception")));
        As.viewer().get("/api/years/" + year + "/figures/R-01/Q2").then().body("version", equalTo(null));
    }

    @Test
    void theEditFormShowsTheRangeBesideTheFieldAndStoresNothing() {
        Pages.submit("editor", "/years/" + year + "/targets/R-01/quarters/Q2/edit", "value", "1e131072", "version", "")
                .then().statusCode(400).body(containsString(RANGE)).body(containsString("value=\"1e131072\""));
        As.viewer().get("/api/years/" + year + "/figures/R-01/Q2").then().body("value", equalTo(null));
    }

    @Test
    void anOutOfRangeAmountInAFinanceImportIsRefused() {
        As.editor().contentType("text/csv").body("""
                section,description,budget_ytd,actual_ytd,budget_year,forecast_outturn
                Core expenditure,Staff,100,1e131072,200,(2000000000)
                """).post("/api/years/" + year + "/finance?period=3").then().statusCode(400)
                .body("errors.column", hasItem("actual_ytd")).body("errors.column", hasItem("forecast_outturn"))
                .body("errors[0].message", containsString("from -1,000,000,000 to 1,000,000,000"));
        As.viewer().get("/api/years/" + year + "/finance?period=3").then().body("lines.size()", equalTo(0));
    }

    @Test
    void aTargetOutOfRangeOrAGrantOutOfRangeIsRefused() {
        As.admin().contentType("text/csv").body("code,theme,title,target,measure\nR-02,Ranges,Too big,1e13,cumulative\n")
                .post("/api/years/" + year + "/targets").then().statusCode(400)
                .body("errors[0].column", equalTo("target")).body("errors[0].message", containsString(RANGE));
        As.admin().contentType(ContentType.JSON).body("{\"department\":\"DCLG\",\"grant\":1e131072}")
                .put("/api/years/" + year).then().statusCode(400);
    }
}

package uk.gov.sli.report;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.gov.sli.testing.As;
import uk.gov.sli.testing.TestYears;

/**
 * A board paper is laid out whole in memory: a year of more targets than {@link ReportService#PAPER_MAX_TARGETS} is
 * refused as a PDF or Word document before any of it is made (a year of 8,000 took the whole heap), and the report
 * page says so and offers the files that carry every target.
 */
@QuarkusTest
class PaperSizeTest {

    private static String yearOf(int targets) {
        StringBuilder csv = new StringBuilder("code,theme,title,target,measure,key\n");
        for (int t = 1; t <= targets; t++) {
            csv.append(String.format("T-%04d,Theme %d,Target %d,%d,cumulative,false%n", t, t % 7, t, t));
        }
        return TestYears.create("DCLG", csv.toString());
    }

    @Test
    void aYearOfMoreTargetsThanAPaperHoldsIsRefusedAsPdfAndWordWithWhatToUseInstead() throws Exception {
        String year = yearOf(ReportService.PAPER_MAX_TARGETS + 1);
        String expected = "has 501 targets; the board paper is made as a PDF or Word document for at most 500. "
                + "The monitoring pack and the Annex B export (XLSX or CSV) carry every target.";
        for (String file : new String[] { "report.pdf", "report.docx" }) {
            As.viewer().get("/api/years/" + year + "/" + file + "?quarter=Q1").then().statusCode(422)
                    .contentType("application/problem+json").body("title", equalTo("Too large"))
                    .body("detail", containsString(expected));
            // The page's own download link answers with a page, not JSON.
            As.viewer().accept("text/html").get("/years/" + year + "/downloads/" + file + "?quarter=Q1").then()
                    .statusCode(422).contentType(containsString("text/html")).body(containsString("at most 500"));
        }

        As.viewer().accept("text/html").get("/years/" + year + "/report?quarter=Q1").then().statusCode(200)
                .body(containsString("id=\"too-large-for-paper\""), containsString(expected))
                .body(not(containsString("/downloads/report.pdf")), not(containsString("/downloads/report.docx")))
                .body(containsString("/downloads/monitoring-pack.xlsx"), containsString("T-0501"));

        byte[] pack = As.viewer().get("/api/years/" + year + "/monitoring-pack.xlsx?quarter=Q1").then().statusCode(200)
                .extract().asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(pack))) {
            long codes = workbook.findSheet("Annex B").orElseThrow().read().stream()
                    .filter(row -> row.getCellCount() > 1 && row.getCellText(1).startsWith("T-")).count();
            assertEquals(501, codes, "every target in the pack");
        }
    }

    @Test
    void aYearOfAsManyTargetsAsAPaperHoldsOffersThePdfAndWord() {
        String year = yearOf(ReportService.PAPER_MAX_TARGETS);
        As.viewer().accept("text/html").get("/years/" + year + "/report?quarter=Q1").then().statusCode(200)
                .body(not(containsString("too-large-for-paper")))
                .body(containsString("/years/" + year + "/downloads/report.pdf?quarter=Q1"),
                        containsString("/years/" + year + "/downloads/report.docx?quarter=Q1"));
    }
}

package uk.gov.sli.report;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import uk.gov.sli.tables.XlsxReader;
import uk.gov.sli.testing.As;
import uk.gov.sli.testing.TestYears;

/** Exports read back with a spreadsheet library and a PDF text extractor, and the XLSX round trip. */
@QuarkusTest
class ExportTest {

    static final String YEAR = TestYears.next();

    @Test
    void annexBCsvHasABomTheAnnexBColumnsAndTheSourcesFigures() {
        byte[] bytes = As.viewer().get("/api/years/2015-16/export.csv?quarter=Q2").then().statusCode(200)
                .contentType(containsString("text/csv")).header("Content-Disposition", containsString("attachment"))
                .extract().asByteArray();
        assertEquals((byte) 0xEF, bytes[0]);
        assertEquals((byte) 0xBB, bytes[1]);
        assertEquals((byte) 0xBF, bytes[2]);
        String csv = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertTrue(csv.startsWith("Theme,Code,Deliverable,Target,Apr-Jun,Jul-Sep,Oct-Dec,Jan-Mar,Total,% achieved,RAG,Commentary\r\n"), csv);
        assertTrue(csv.contains("Peer Work in Local Authorities,PEER-01,\"Deliver at least 100 peer challenges (corporate, service specific, place based)\",100,18,13,,,31,31%,Amber,"), csv);
        assertTrue(csv.contains(",EFF-03,") && csv.contains(",5,5,5,,,5,100%,Green,"), csv);
    }

    @Test
    void annexBXlsxHasNumberCellsPercentCellsAndRagText() throws Exception {
        Map<String, Row> rows = rowsByCode(xlsx("/api/years/2015-16/export.xlsx?quarter=Q2"), "Annex B", 1);
        Row peer = rows.get("PEER-01");
        assertEquals(CellType.NUMBER, peer.getCell(3).getType());
        assertEquals(0, new BigDecimal("100").compareTo(peer.getCell(3).asNumber()));
        assertEquals(0, new BigDecimal("31").compareTo(peer.getCell(8).asNumber()));
        assertEquals(CellType.NUMBER, peer.getCell(9).getType());
        assertEquals(0, new BigDecimal("0.31").compareTo(peer.getCell(9).asNumber()));
        assertTrue("0%".equals(peer.getCell(9).getDataFormatString()) || Integer.valueOf(9).equals(peer.getCell(9).getDataFormatId()),
                "a percent cell, format " + peer.getCell(9).getDataFormatString() + " / " + peer.getCell(9).getDataFormatId());
        assertEquals("Amber", peer.getCell(10).asString());
        assertEquals(CellType.EMPTY, rows.get("LEAD-04").getCell(4) == null ? CellType.EMPTY : rows.get("LEAD-04").getCell(4).getType());
    }

    @Test
    void textThatLooksLikeAFormulaIsNeutralisedAndComesBackIntactOnImport() throws Exception {
        createYear();
        As.editor().contentType("text/csv").body("code,quarter,value,commentary\nX-01,Q1,3,\"=HYPERLINK(\"\"http://evil\"\")\"\nX-02,Q1,4,-2 behind\n")
                .post("/api/years/" + YEAR + "/figures").then().statusCode(200);
        String csv = As.viewer().get("/api/years/" + YEAR + "/export.csv?quarter=Q1").asString();
        assertTrue(csv.contains("'=HYPERLINK(\"\"http://evil\"\")"), csv);
        assertTrue(csv.contains("'-2 behind"), csv);
        assertTrue(csv.contains("'@risk"), csv);
        assertTrue(csv.contains("'+plus"), csv);
        byte[] workbook = xlsx("/api/years/" + YEAR + "/export.xlsx?quarter=Q1");
        Map<String, Row> rows = rowsByCode(workbook, "Annex B", 1);
        // In XLSX the text is kept as it is, as a text cell with Excel's quote prefix: never run, even when edited.
        assertEquals("=HYPERLINK(\"http://evil\")", rows.get("X-01").getCell(11).asString());
        assertEquals(CellType.STRING, rows.get("X-01").getCell(11).getType());
        assertEquals("@risk", rows.get("X-03").getCell(2).asString());
        assertTrue(zipEntry(workbook, "xl/styles.xml").matches("(?s).*<xf quotePrefix=\"1\"[^>]*numFmtId=.*"),
                "a quote-prefixed text format is defined");
        // The figures export goes back in unchanged: the apostrophes are taken off on import.
        As.editor().contentType(XlsxReader.MEDIA_TYPE).body(xlsx("/api/years/" + YEAR + "/figures.xlsx"))
                .post("/api/years/" + YEAR + "/figures").then().statusCode(200);
        As.viewer().get("/api/years/" + YEAR + "/figures/X-01/Q1").then()
                .body("commentary", equalTo("=HYPERLINK(\"http://evil\")"));
    }

    @Test
    void anXlsxRoundTripChangesExactlyTheEditedCell() throws Exception {
        createYear();
        As.editor().contentType("text/csv").body("code,quarter,value,commentary\nX-01,Q1,3,first\nX-01,Q2,5,second\nX-02,Q1,4,third\n")
                .post("/api/years/" + YEAR + "/figures").then().statusCode(200);
        int historyBefore = As.viewer().get("/api/years/" + YEAR + "/figures/X-02/Q1/history").jsonPath().getList("$").size();
        byte[] exported = xlsx("/api/years/" + YEAR + "/figures.xlsx");
        Map<String, List<String>> before = figureCells(exported);

        As.editor().contentType(XlsxReader.MEDIA_TYPE).body(withCellChanged(exported, "X-01", "Q2", 2, new BigDecimal("9")))
                .post("/api/years/" + YEAR + "/figures").then().statusCode(200);

        Map<String, List<String>> after = figureCells(xlsx("/api/years/" + YEAR + "/figures.xlsx"));
        Map<String, List<String>> expected = new java.util.HashMap<>(before);
        List<String> edited = new java.util.ArrayList<>(before.get("X-01/Q2"));
        edited.set(2, "9");
        expected.put("X-01/Q2", edited);
        assertEquals(expected, after, "exactly the edited cell changed");
        assertEquals(historyBefore, As.viewer().get("/api/years/" + YEAR + "/figures/X-02/Q1/history").jsonPath().getList("$").size(),
                "an unchanged row is not a change in the audit trail");
        As.viewer().get("/api/years/" + YEAR + "/figures/X-01/Q2").then().body("value", equalTo(9))
                .body("commentary", equalTo("second"));
    }

    @Test
    void xlsxImportErrorsNameTheSheetRow() throws Exception {
        createYear();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        Worksheet ws = wb.newWorksheet("Figures");
        ws.value(0, 0, "code");
        ws.value(0, 1, "quarter");
        ws.value(0, 2, "value");
        ws.value(1, 0, "X-01");
        ws.value(1, 1, "Q1");
        ws.value(1, 2, 1);
        ws.value(2, 0, "X-01");
        ws.value(2, 1, "Q9");
        ws.value(2, 2, 1);
        wb.finish();
        As.editor().contentType(XlsxReader.MEDIA_TYPE).body(out.toByteArray()).post("/api/years/" + YEAR + "/figures")
                .then().statusCode(400).body("errors[0].line", equalTo(3)).body("errors[0].column", equalTo("quarter"));
    }

    @Test
    void theMonitoringPackHasSummaryAnnexAAnnexBAndFinanceSheets() throws Exception {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(
                xlsx("/api/years/2015-16/monitoring-pack.xlsx?quarter=Q2")))) {
            assertEquals(List.of("Summary", "Annex A", "Annex B", "Finance"),
                    wb.getSheets().map(s -> s.getName()).collect(Collectors.toList()));
            List<Row> summarySheet = wb.findSheet("Summary").orElseThrow().read();
            assertEquals(List.of("MoU monitoring pack, 2015/16", "As at Q2 (Jul-Sep), 30 September 2015",
                    "Draft: Q2 is not signed off"), titleLines(summarySheet));
            Map<String, String> summary = dataRows(summarySheet).stream()
                    .collect(Collectors.toMap(r -> r.getCellText(0), r -> r.getCellText(1)));
            assertEquals("Of the 26 key targets, 15 are rag-rated green and the remaining 11 are amber.", summary.get("Summary"));
            assertEquals("30 September 2015", summary.get("As at"));
            // Q2 closes at period 6; the seed holds period 7 only, and the pack says which period it carries.
            assertEquals("Management accounts as at period 7 (October), 31 October 2015", summary.get("Finance"));
            List<Row> annexASheet = wb.findSheet("Annex A").orElseThrow().read();
            assertEquals(List.of("Annex A: key targets, 2015/16", "As at Q2 (Jul-Sep), 30 September 2015",
                    "Draft: Q2 is not signed off"), titleLines(annexASheet));
            assertEquals(26, dataRows(annexASheet).size(), "the 26 key targets under the header");
            List<Row> financeSheet = wb.findSheet("Finance").orElseThrow().read();
            assertEquals(List.of("Management accounts, 2015/16",
                    "Management accounts as at period 7 (October), 31 October 2015; £000s, brackets are income or a surplus",
                    "Draft: Q2 is not signed off"), titleLines(financeSheet));
            Map<String, Row> finance = rowsByDescription(wb.findSheet("Finance").orElseThrow().read());
            assertEquals(0, new BigDecimal("315").compareTo(finance.get("Property Costs").getCell(7).asNumber()));
            assertEquals("Red", finance.get("Property Costs").getCell(9).asString());
        }
    }

    @Test
    void financeExportsCarryTheAnnexCLinesAndComputedTotals() throws Exception {
        String csv = As.viewer().get("/api/years/2015-16/finance.csv?period=7").asString();
        assertTrue(csv.contains("Core expenditure,Property Costs,1127,1529,402,2343,2658,315,13.4,Red,"), csv);
        assertTrue(csv.contains("Total core expenditure"), csv);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx("/api/years/2015-16/finance.xlsx?period=7")))) {
            Row rsg = rowsByDescription(wb.getFirstSheet().read()).get("RSG Income");
            assertEquals(CellType.NUMBER, rsg.getCell(5).getType());
            assertEquals(0, new BigDecimal("-22832").compareTo(rsg.getCell(5).asNumber()));
        }
    }

    @Test
    void thePdfReportCarriesTheYearTheSummaryAndAnnexB() throws Exception {
        byte[] pdf = As.viewer().get("/api/years/2015-16/report.pdf?quarter=Q2").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("2015/16"), text);
            assertTrue(text.contains("Of the 26 key targets, 15 are rag-rated green and the remaining 11 are amber."), text);
            assertTrue(text.contains("Deliver at least 100 peer challenges"), text);
            assertTrue(text.contains("31%"), text);
            assertTrue(text.contains("Annex C"), text);
            assertTrue(document.getNumberOfPages() >= 3, "annexes start on new pages");
        }
    }

    @Test
    void theReportPageHasTheSummaryHighlightsAnnexesAndFinanceKey() {
        As.viewer().get("/years/2015-16/report?quarter=Q2").then().statusCode(200)
                .body(containsString("Of the 26 key targets, 15 are rag-rated green and the remaining 11 are amber."))
                .body(containsString("id=\"officer-highlights\"")) // the paper's own highlights, as the board received them
                .body(containsString("Annex A: did we deliver what we said we would deliver?"))
                .body(containsString("Annex B: number delivered per quarter"))
                .body(containsString("Within 5% of budget"))
                .body(containsString("id=\"achieved-chart\""));
        As.viewer().get("/years/2015-16/downloads/report.pdf?quarter=Q2").then().statusCode(200)
                .contentType("application/pdf");
        // A quarter whose paper has no highlights of its own is offered the ones the figures suggest.
        As.viewer().get("/years/2015-16/report?quarter=Q1").then().statusCode(200)
                .body(containsString("Met or exceeded")).body(containsString("Furthest behind the profile"));
    }

    @Test
    void atYearEndTheSummarySaysHowManyTargetsWereMet() {
        createYear();
        As.editor().contentType("text/csv").body("code,quarter,value\nX-01,Q4,10\nX-02,Q4,1\n")
                .post("/api/years/" + YEAR + "/figures").then().statusCode(200);
        As.viewer().get("/api/years/" + YEAR + "/summary?quarter=Q4").then()
                .body("sentence", containsString("of 3 targets met or exceeded."));
    }

    @Test
    void targetsSharingACodeAreComparedAcrossYears() {
        createYear();
        As.viewer().get("/api/across-years?code=X-01").then().statusCode(200)
                .body("year", org.hamcrest.Matchers.hasItem(YEAR));
        As.viewer().get("/api/across-years?code=PEER-01").then().statusCode(200)
                .body("[0].year", equalTo("2015-16")).body("[0].target.total", equalTo(31));
        As.viewer().get("/across-years?code=PEER-01").then().statusCode(200).body(containsString("2015/16"));
        As.viewer().get("/api/across-years").then().statusCode(400);
    }

    private static void createYear() {
        As.admin().contentType(ContentType.JSON).body("{\"department\":\"MHCLG\"}").put("/api/years/" + YEAR);
        As.admin().contentType("text/csv").body("""
                code,theme,title,target,unit,measure,key
                X-01,Exports,Round trip target,10,councils,cumulative,true
                X-02,Exports,-minus title,10,councils,cumulative,true
                X-03,Exports,@risk,10,councils,snapshot,true
                X-04,Exports,+plus,,,cumulative,false
                """).post("/api/years/" + YEAR + "/targets").then().statusCode(200);
    }

    private static byte[] xlsx(String path) {
        return As.viewer().get(path).then().statusCode(200).contentType(containsString("spreadsheetml"))
                .extract().asByteArray();
    }

    private static Map<String, Row> rowsByCode(byte[] workbook, String sheet, int codeColumn) throws Exception {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(workbook),
                new org.dhatim.fastexcel.reader.ReadingOptions(true, false))) {
            return dataRows(wb.findSheet(sheet).orElseThrow().read()).stream()
                    .collect(Collectors.toMap(r -> r.getCell(codeColumn).asString(), r -> r));
        }
    }

    /** Every figure row of a figures workbook, keyed "code/quarter", as the text of its cells. */
    private static Map<String, List<String>> figureCells(byte[] workbook) throws Exception {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(workbook))) {
            return wb.getFirstSheet().read().stream().skip(1).collect(Collectors.toMap(
                    r -> r.getCellText(0) + "/" + r.getCellText(1),
                    r -> java.util.stream.IntStream.range(0, 6).mapToObj(c -> c < r.getCellCount() ? r.getCellText(c) : "")
                            .collect(Collectors.toList())));
        }
    }

    private static Map<String, Row> rowsByDescription(List<Row> rows) {
        return dataRows(rows).stream().collect(Collectors.toMap(r -> r.getCell(1).asString(), r -> r, (a, b) -> a));
    }

    /** The rows under a sheet's header row: title lines (one cell each) and the blank row under them skipped too. */
    static List<Row> dataRows(List<Row> rows) {
        int header = 0;
        while (header < rows.size() && rows.get(header).stream().filter(c -> c != null && !c.getText().isEmpty()).count() < 2) {
            header++;
        }
        return rows.subList(header + 1, rows.size());
    }

    /** The title lines above a sheet's header row. */
    static List<String> titleLines(List<Row> rows) {
        return rows.stream().takeWhile(r -> r.stream().filter(c -> c != null && !c.getText().isEmpty()).count() == 1)
                .map(r -> r.getCellText(0)).collect(Collectors.toList());
    }

    /** Rewrites the figures workbook as a spreadsheet program would after editing one value cell. */
    private static byte[] withCellChanged(byte[] workbook, String code, String quarter, int column, BigDecimal value)
            throws Exception {
        List<Row> rows;
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(workbook))) {
            rows = wb.getFirstSheet().read();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook copy = new Workbook(out, "LibreOffice", "1.0");
        Worksheet ws = copy.newWorksheet("Figures");
        for (Row row : rows) {
            boolean target = code.equals(row.getCellText(0)) && quarter.equals(row.getCellText(1));
            for (int c = 0; c < row.getCellCount(); c++) {
                var cell = row.getCell(c);
                if (target && c == column) {
                    ws.value(row.getRowNum() - 1, c, value);
                } else if (cell != null && cell.getType() == CellType.NUMBER) {
                    ws.value(row.getRowNum() - 1, c, cell.asNumber());
                } else if (cell != null && cell.getType() != CellType.EMPTY) {
                    ws.value(row.getRowNum() - 1, c, cell.getText());
                }
            }
        }
        copy.finish();
        return out.toByteArray();
    }

    private static String zipEntry(byte[] zip, String name) throws java.io.IOException {
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " is not in the workbook");
    }
}

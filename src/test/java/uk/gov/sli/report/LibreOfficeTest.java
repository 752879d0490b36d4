package uk.gov.sli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.gov.sli.testing.As;
import uk.gov.sli.testing.Tools;

/** A real spreadsheet program opens the Annex B workbook and sees the same figures as the API. */
@QuarkusTest
class LibreOfficeTest {

    @Test
    void libreOfficeOpensTheAnnexBWorkbookWithTheApisFigures() throws Exception {
        Path soffice = Tools.require("LibreOffice", "/usr/bin/soffice", "/usr/bin/libreoffice");
        Path dir = Files.createTempDirectory("sli-lo");
        Path xlsx = dir.resolve("annex-b.xlsx");
        Files.write(xlsx, As.viewer().get("/api/years/2015-16/export.xlsx?quarter=Q2").asByteArray());

        Process convert = new ProcessBuilder(soffice.toString(), "--headless", "--norestore",
                "-env:UserInstallation=file://" + dir.resolve("profile"), "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76",
                "--outdir", dir.toString(), xlsx.toString()).redirectErrorStream(true).start();
        String output = new String(convert.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(convert.waitFor(120, TimeUnit.SECONDS), "LibreOffice did not finish");
        assertEquals(0, convert.exitValue(), output);

        List<CSVRecord> records = CSVFormat.RFC4180.parse(Files.newBufferedReader(dir.resolve("annex-b.csv"))).getRecords();
        // Title lines (what, as at when, draft or signed off) and a blank row, then the header.
        assertEquals("Annex B: MoU deliverables, 2015/16", records.get(0).get(0));
        assertEquals("As at Q2 (Jul-Sep), 30 September 2015", records.get(1).get(0));
        assertEquals("Draft: Q2 is not signed off", records.get(2).get(0));
        assertEquals("Theme", records.get(4).get(0));
        Map<String, CSVRecord> byCode = new HashMap<>();
        records.stream().skip(5).forEach(r -> byCode.put(r.get(1), r));

        List<Map<String, Object>> api = As.viewer().get("/api/years/2015-16/deliverables?quarter=Q2").jsonPath().getList("targets");
        assertEquals(api.size(), byCode.size());
        for (Map<String, Object> target : api) {
            CSVRecord row = byCode.get((String) target.get("code"));
            assertEquals(text(target.get("target")), row.get(3), target.get("code") + " target");
            assertEquals(text(target.get("total")), row.get(8), target.get("code") + " total");
            assertEquals(target.get("percentAchieved") == null ? "" : target.get("percentAchieved") + "%", row.get(9),
                    target.get("code") + " % achieved");
        }
    }

    private static String text(Object number) {
        return number == null ? "" : number.toString();
    }

    @Test
    void theAnnexBWorkbookPrintsOnTwoA4LandscapePagesAtMostOneWide() throws Exception {
        Path soffice = Tools.require("LibreOffice", "/usr/bin/soffice", "/usr/bin/libreoffice");
        Path dir = Files.createTempDirectory("sli-lo-print");
        Path xlsx = dir.resolve("annex-b.xlsx");
        Files.write(xlsx, As.viewer().get("/api/years/2015-16/export.xlsx?quarter=Q2").asByteArray());
        Process convert = new ProcessBuilder(soffice.toString(), "--headless", "--norestore",
                "-env:UserInstallation=file://" + dir.resolve("profile"), "--convert-to", "pdf", "--outdir", dir.toString(),
                xlsx.toString()).redirectErrorStream(true).start();
        String output = new String(convert.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(convert.waitFor(120, TimeUnit.SECONDS), "LibreOffice did not finish");
        assertEquals(0, convert.exitValue(), output);
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(dir.resolve("annex-b.pdf").toFile())) {
            assertTrue(pdf.getNumberOfPages() <= 2, pdf.getNumberOfPages() + " pages");
            for (org.apache.pdfbox.pdmodel.PDPage page : pdf.getPages()) {
                var box = page.getMediaBox();
                assertTrue(box.getWidth() > box.getHeight(), "landscape");
                assertEquals(842, Math.round(box.getWidth()), 2, "A4");
            }
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Commentary") && text.contains("WORK-04"), "every column and the last row are printed");
        }
    }

    /** Every page of every ministry workbook is A4 landscape and carries its table's last column: none split sideways. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource({
            "/api/years/2015-16/monitoring-pack.xlsx?quarter=Q2, 8",
            "/api/years/2015-16/finance.xlsx?period=7, 2",
            "/api/years/2015-16/export.xlsx?quarter=Q2, 2" })
    void everyWorkbookPrintsOnA4LandscapeWithNoTableSplitSideways(String path, int maxPages) throws Exception {
        Path soffice = Tools.require("LibreOffice", "/usr/bin/soffice", "/usr/bin/libreoffice");
        Path dir = Files.createTempDirectory("sli-lo-pages");
        Path xlsx = dir.resolve("book.xlsx");
        Files.write(xlsx, As.viewer().get(path).then().statusCode(200).extract().asByteArray());
        Process convert = new ProcessBuilder(soffice.toString(), "--headless", "--norestore",
                "-env:UserInstallation=file://" + dir.resolve("profile"), "--convert-to", "pdf", "--outdir", dir.toString(),
                xlsx.toString()).redirectErrorStream(true).start();
        String output = new String(convert.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(convert.waitFor(120, TimeUnit.SECONDS), "LibreOffice did not finish");
        assertEquals(0, convert.exitValue(), output);
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(dir.resolve("book.pdf").toFile())) {
            assertTrue(pdf.getNumberOfPages() <= maxPages, path + ": " + pdf.getNumberOfPages() + " pages");
            var stripper = new org.apache.pdfbox.text.PDFTextStripper();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                var box = pdf.getPage(page - 1).getMediaBox();
                assertTrue(box.getWidth() > box.getHeight(), path + " page " + page + " is landscape");
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(pdf);
                // The last column of each sheet: Summary's Value, Annex A's reason, Annex B's and Finance's Commentary.
                assertTrue(text.contains("Commentary") || text.contains("Reason for the traffic light") || text.contains("Value"),
                        path + " page " + page + " lacks its table's last column:\n" + text);
            }
        }
    }

    @Test
    void theWorkbooksCarryRagColoursMoneyFormatsAFilterAndPageSetUp() throws Exception {
        byte[] finance = As.viewer().get("/api/years/2015-16/finance.xlsx?period=7").asByteArray();
        try (org.dhatim.fastexcel.reader.ReadableWorkbook wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(
                new java.io.ByteArrayInputStream(finance), new org.dhatim.fastexcel.reader.ReadingOptions(true, false))) {
            var rsg = wb.getFirstSheet().read().stream().filter(r -> "RSG Income".equals(r.getCellText(1))).findFirst().orElseThrow();
            assertEquals("#,##0;(#,##0);-", rsg.getCell(5).getDataFormatString());
        }
        String sheet = entry(finance, "xl/worksheets/sheet1.xml");
        assertTrue(sheet.contains("<autoFilter"), "a filter on the header");
        assertTrue(sheet.contains("orientation=\"landscape\"") && sheet.contains("fitToWidth=\"1\""), "A4 landscape, one page wide");
        String styles = entry(As.viewer().get("/api/years/2015-16/export.xlsx?quarter=Q2").asByteArray(), "xl/styles.xml");
        assertTrue(styles.contains("00703C") && styles.contains("FFDD00"), "green and amber fills");
    }

    private static String entry(byte[] zip, String name) throws java.io.IOException {
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " is missing");
    }
}

package uk.gov.sli.report;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.gov.sli.testing.As;
import uk.gov.sli.testing.Tools;

/** The board paper as a Word document: real headings and tables, and LibreOffice Writer reads all of it. */
@QuarkusTest
class WordDocumentTest {

    private static byte[] docx() {
        return As.viewer().get("/api/years/2015-16/report.docx?quarter=Q2").then().statusCode(200)
                .header("Content-Disposition", containsString("item6-2015-16-Q2.docx")).extract().asByteArray();
    }

    @Test
    void thePaperHasWordHeadingsAndTablesWhoseHeaderRowsRepeat() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx()))) {
            List<String> headings2 = doc.getParagraphs().stream().filter(p -> "Heading2".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            assertTrue(headings2.contains("Performance") && headings2.contains("Financial performance"), headings2.toString());
            assertTrue(headings2.stream().anyMatch(h -> h.startsWith("Annex A")), headings2.toString());
            assertTrue(headings2.stream().anyMatch(h -> h.startsWith("Annex B")), headings2.toString());
            assertTrue(headings2.stream().anyMatch(h -> h.startsWith("Annex C")), headings2.toString());
            List<String> headings3 = doc.getParagraphs().stream().filter(p -> "Heading3".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            assertTrue(headings3.containsAll(List.of("Purpose", "Summary", "Recommendation", "Background")), headings3.toString());
            assertTrue(doc.getTables().size() >= 3, doc.getTables().size() + " tables");
            assertTrue(doc.getTables().stream().allMatch(t -> t.getRow(0).isRepeatHeader()), "every table's header row repeats");
            assertEquals("2015/16 Performance and Finance report, Q2", doc.getProperties().getCoreProperties().getTitle());
        }
    }

    @Test
    void headingsAreBoldAndFiguresLineUpOnTheRight() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx()))) {
            for (XWPFParagraph heading : doc.getParagraphs()) {
                if (heading.getStyle() != null && heading.getStyle().startsWith("Heading")) {
                    assertTrue(heading.getRuns().stream().noneMatch(r -> r.getCTR().isSetRPr() && r.getCTR().getRPr().sizeOfBArray() > 0),
                            "no run overrides the heading style's bold: " + heading.getText());
                    assertTrue(doc.getStyles().getStyle(heading.getStyle()).getCTStyle().getRPr().sizeOfBArray() > 0,
                            heading.getStyle() + " is bold");
                }
            }
            long rightAligned = doc.getTables().stream().flatMap(t -> t.getRows().stream()).flatMap(r -> r.getTableCells().stream())
                    .map(c -> c.getParagraphs().get(0))
                    .filter(p -> p.getAlignment() == org.apache.poi.xwpf.usermodel.ParagraphAlignment.RIGHT)
                    .filter(p -> p.getText().matches("[0-9,.()%-]+|n/a")).count();
            assertTrue(rightAligned > 50, rightAligned + " figures aligned right");
        }
    }

    @Test
    void libreOfficeWriterOpensItWithTheSummarySentenceAndEveryAnnexBRow() throws Exception {
        Path soffice = Tools.require("LibreOffice", "/usr/bin/soffice", "/usr/bin/libreoffice");
        Path dir = Files.createTempDirectory("sli-docx");
        Path file = dir.resolve("item6.docx");
        Files.write(file, docx());
        Process convert = new ProcessBuilder(soffice.toString(), "--headless", "--norestore",
                "-env:UserInstallation=file://" + dir.resolve("profile"), "--convert-to", "txt:Text (encoded):UTF8",
                "--outdir", dir.toString(), file.toString()).redirectErrorStream(true).start();
        String output = new String(convert.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(convert.waitFor(120, TimeUnit.SECONDS), "LibreOffice did not finish");
        assertEquals(0, convert.exitValue(), output);
        String text = Files.readString(dir.resolve("item6.txt"), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        String sentence = As.viewer().get("/api/years/2015-16/summary?quarter=Q2").jsonPath().getString("sentence");
        assertTrue(text.contains(sentence), "the summary sentence: " + sentence);
        assertTrue(text.contains("Annex B: number delivered per quarter"), "the Annex B heading");
        List<Map<String, Object>> targets = As.viewer().get("/api/years/2015-16/deliverables?quarter=Q2").jsonPath()
                .getList("targets");
        // Annex B, as printed, lists the deliverables with a numeric target.
        List<Map<String, Object>> annexB = targets.stream().filter(t -> t.get("target") != null).toList();
        assertEquals(17, annexB.size(), "Annex B rows in the seed");
        for (Map<String, Object> target : annexB) {
            String title = ((String) target.get("title")).replaceAll("\\s+", " ");
            assertTrue(text.contains(title), "Annex B row " + target.get("code") + ": " + title);
        }
        assertTrue(text.contains("a difference of 91"), "Annex C's reconciliation note");
    }
}

package uk.gov.sli.report;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

import io.quarkus.test.junit.QuarkusTest;
import uk.gov.sli.testing.As;

/** The board PDF as the board receives it: named after its item, paged, marked, fonts embedded, tagged PDF/UA-1. */
@QuarkusTest
class BoardPdfTest {

    private static byte[] pdf() {
        return As.viewer().get("/api/years/2015-16/report.pdf?quarter=Q2").then().statusCode(200)
                .header("Content-Disposition", containsString("item6-2015-16-Q2.pdf")).extract().asByteArray();
    }

    @Test
    void everyPageCarriesTheMeetingItsNumberAndItsStatusAndEveryFontIsEmbedded() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf())) {
            int pages = document.getNumberOfPages();
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Page 1 of " + pages) && text.contains("Page " + pages + " of " + pages), text);
            assertTrue(text.contains("Improvement and Innovation Board · 19 January 2016 · Agenda item 6"), "running header");
            assertTrue(text.contains("DRAFT") || text.contains("Signed off by"), "marked draft or signed off");
            // What PDF/UA readers show as the document's description.
            assertEquals("The 2015/16 Memorandum of Understanding's performance and finance report as at Q2, for the Improvement"
                    + " and Innovation Board of 19 January 2016, agenda item 6" + (text.contains("DRAFT") ? " (draft: Q2 is not signed off)" : "")
                    + ".", document.getDocumentInformation().getSubject());
            assertTrue(text.contains("For information.") && text.contains("Commentary/forecast"), "the paper, then Annex B");
            assertTrue(text.contains("Totals that differ from the accounts as printed") && text.contains("(39,224)"),
                    "Annex C states where its totals differ from the accounts as printed");
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                }
            }
        }
    }

    @Test
    void theTextReadsAsTypedWithNoLigatureCharacters() throws Exception {
        StringBuilder raw = new StringBuilder();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, java.util.List<org.apache.pdfbox.text.TextPosition> positions) {
                // Each glyph's own text, before the stripper's clean-up would turn a ligature back into letters.
                positions.forEach(p -> raw.append(p.getUnicode()));
            }
        };
        try (PDDocument document = Loader.loadPDF(pdf())) {
            stripper.getText(document);
        }
        String text = raw.toString();
        assertTrue(text.contains("finance") || text.contains("Finance"), "words with fi are in the paper");
        assertTrue(text.chars().noneMatch(c -> c >= 0xFB00 && c <= 0xFB06),
                "no ligature character (the paper reads, searches and is spoken as typed)");
    }

    @Test
    void theBoardPdfIsValidPdfUa1() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf()), PDFAFlavour.PDFUA_1)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false);
            ValidationResult result = validator.validate(parser);
            assertTrue(result.isCompliant(), () -> result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() != org.verapdf.pdfa.results.TestAssertion.Status.PASSED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct().limit(20).collect(Collectors.joining("\n")));
        }
    }

    /** Every render embeds a subset of the same parsed fonts (PdfFonts): renders at the same time must not disturb each other. */
    @Test
    void papersMadeAtTheSameTimeReadTheSameAsOneMadeAlone() throws Exception {
        String alone = text(pdf());
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Callable<byte[]> render = BoardPdfTest::pdf;
            var renders = pool.invokeAll(java.util.Collections.nCopies(4, render));
            for (var made : renders) {
                byte[] pdf = made.get();
                assertEquals(alone, text(pdf));
                try (PDDocument document = Loader.loadPDF(pdf)) {
                    for (PDPage page : document.getPages()) {
                        for (var name : page.getResources().getFontNames()) {
                            assertTrue(page.getResources().getFont(name).isEmbedded());
                        }
                    }
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    /** openhtmltopdf logs through the service's logging (its levels, its format), not a console handler of its own. */
    @Test
    void thePdfLibraryLogsThroughTheServicesLogging() {
        pdf();
        for (String category : new String[] { "com.openhtmltopdf.load", "com.openhtmltopdf.general", "com.openhtmltopdf.match" }) {
            java.util.logging.Logger logger = java.util.logging.Logger.getLogger(category);
            assertEquals(0, logger.getHandlers().length, category + " has a handler of its own");
            assertTrue(!logger.isLoggable(java.util.logging.Level.INFO), category + " logs INFO");
        }
    }

    private static String text(byte[] pdf) throws java.io.IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}

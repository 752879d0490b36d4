package uk.gov.sli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Making a PDF never asks the machine for a font: PDFBox's mapper is the service's own, and every standard font it
 * is asked for is the DejaVu Sans the service ships.
 * The render comes first: nothing in this JVM has installed the mapper before it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PdfFontMapperTest {

    @Test
    @Order(1)
    void aRenderInstallsTheServicesMapperAndEmbedsOnlyTheShippedFonts() throws Exception {
        byte[] pdf = ReportService.render("<html><head><style>body { font-family: 'DejaVu Sans'; }</style></head>"
                + "<body><h1>Board paper</h1><p>Total to date £1,200; <b>met</b>.</p></body></html>");

        assertInstanceOf(PdfFontMapper.class, FontMappers.instance());
        Set<String> fonts = new TreeSet<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName());
                    fonts.add(font.getName().substring(font.getName().indexOf('+') + 1));
                }
            }
        }
        assertEquals(Set.of("DejaVuSans", "DejaVuSans-Bold"), fonts);
    }

    @Test
    @Order(2)
    void everyStandardFontIsTheShippedDejaVuSansBoldForABoldName() {
        PdfFontMapper.install();

        assertSame(PdfFonts.regular(), new PDType1Font(FontName.HELVETICA).getFontBoxFont());
        assertSame(PdfFonts.regular(), new PDType1Font(FontName.TIMES_ITALIC).getFontBoxFont());
        assertSame(PdfFonts.regular(), new PDType1Font(FontName.ZAPF_DINGBATS).getFontBoxFont());
        assertSame(PdfFonts.bold(), new PDType1Font(FontName.HELVETICA_BOLD).getFontBoxFont());
        assertSame(PdfFonts.bold(), new PDType1Font(FontName.COURIER_BOLD_OBLIQUE).getFontBoxFont());
        assertFalse(FontMappers.instance().getTrueTypeFont("Arial", null).isFallback());
        assertSame(PdfFonts.bold(), FontMappers.instance().getCIDFont("Arial-BoldMT", null, null).getTrueTypeFont());
    }
}

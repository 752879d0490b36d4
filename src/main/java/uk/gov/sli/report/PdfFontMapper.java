package uk.gov.sli.report;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * PDFBox's font mapper for the service: every font PDFBox is asked to find on the machine is the DejaVu Sans the
 * service ships ({@link PdfFonts}), bold for a bold name.
 *
 * <p>At the end of every render openhtmltopdf makes a Helvetica for form fields, whether the paper has a form or not
 * (it has none), and nothing is drawn with it. PDFBox's own mapper answered that by listing every font installed on
 * the machine (and writing that list to {@code ~/.pdfbox.cache}, which a read-only container cannot), then parsing a
 * substitute and its own last-resort font and keeping them: ~10 MB of heap for the rest of the service's life, a
 * slower first PDF, and a step of making the paper that depended on the machine's fonts.
 */
final class PdfFontMapper implements FontMapper {

    private static final AtomicBoolean INSTALLED = new AtomicBoolean();

    private PdfFontMapper() {
    }

    /** Installs this mapper, once, before the first PDF (PDFBox holds one for the whole JVM). */
    static void install() {
        if (INSTALLED.compareAndSet(false, true)) {
            FontMappers.set(new PdfFontMapper());
        }
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(font(baseFont, descriptor), false);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(font(baseFont, descriptor), false);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo systemInfo) {
        return new CIDFontMapping(null, font(baseFont, descriptor), false);
    }

    /** DejaVu Sans Bold for a name or descriptor that says bold, DejaVu Sans otherwise. */
    static TrueTypeFont font(String baseFont, PDFontDescriptor descriptor) {
        boolean bold = baseFont != null && baseFont.toLowerCase(Locale.ROOT).contains("bold")
                || descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600);
        return bold ? PdfFonts.bold() : PdfFonts.regular();
    }
}

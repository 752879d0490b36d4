package uk.gov.sli.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFTable;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

/** The PDF's fonts: everything of the shipped file but its substitution table, and still a well-formed font. */
class PdfFontsTest {

    @Test
    void theFontLosesItsSubstitutionTableAndKeepsEveryOtherTableByteForByte() throws Exception {
        byte[] shipped;
        try (var in = PdfFonts.class.getClassLoader().getResourceAsStream("fonts/DejaVuSans.ttf")) {
            shipped = in.readAllBytes();
        }
        try (TrueTypeFont before = new TTFParser().parse(new RandomAccessReadBuffer(shipped));
                TrueTypeFont after = new TTFParser().parse(new RandomAccessReadBuffer(PdfFonts.REGULAR))) {
            assertNotNull(before.getTableMap().get("GSUB"), "the shipped font has one");
            assertFalse(after.getTableMap().containsKey("GSUB"));
            assertEquals(before.getTableMap().size() - 1, after.getTableMap().size());
            for (TTFTable table : after.getTableMap().values()) {
                TTFTable original = before.getTableMap().get(table.getTag());
                assertEquals(original.getLength(), table.getLength(), table.getTag());
                assertEquals(original.getCheckSum(), table.getCheckSum(), table.getTag());
                byte[] was = before.getTableBytes(original);
                byte[] is = after.getTableBytes(table);
                if (table.getTag().equals("head")) {
                    // Bytes 8-11 are the whole font's checksum adjustment: the font changed, so it did.
                    java.util.Arrays.fill(was, 8, 12, (byte) 0);
                    java.util.Arrays.fill(is, 8, 12, (byte) 0);
                }
                assertArrayEquals(was, is, table.getTag());
            }
            assertEquals(before.getNumberOfGlyphs(), after.getNumberOfGlyphs());
            assertEquals(before.getUnicodeCmapLookup().getGlyphId('€'), after.getUnicodeCmapLookup().getGlyphId('€'));
        }
        ByteBuffer font = ByteBuffer.wrap(PdfFonts.REGULAR);
        long sum = 0;
        for (int i = 0; i < PdfFonts.REGULAR.length; i += 4) {
            sum += Integer.toUnsignedLong(font.getInt(i));
        }
        assertEquals(0xB1B0AFBAL, sum & 0xFFFFFFFFL, "the whole font's checksum adds up as the specification asks");
        try (PDDocument document = new PDDocument()) {
            assertSame(GsubData.NO_DATA_FOUND,
                    PDType0Font.load(document, new ByteArrayInputStream(PdfFonts.BOLD)).getGsubData(),
                    "PDFBox finds nothing to substitute");
        }
    }

    @Test
    void aFontWithoutTheTableIsLeftAsItIs() {
        byte[] once = PdfFonts.withoutTable(PdfFonts.REGULAR, "GSUB");
        assertSame(PdfFonts.REGULAR, once);
        assertTrue(PdfFonts.REGULAR.length % 4 == 0);
    }
}

package uk.gov.sli.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.CmapSubtable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFTable;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

/**
 * The PDF's fonts: everything of the shipped file but its substitution table, four of its five character maps and its
 * glyph names, and still a well-formed font that maps every character to the glyph it did.
 */
class PdfFontsTest {

    @Test
    void theFontKeepsOneCharacterMapNoGlyphNamesNoSubstitutionsAndEveryOtherTableByteForByte() throws Exception {
        byte[] shipped;
        try (var in = PdfFonts.class.getClassLoader().getResourceAsStream("fonts/DejaVuSans.ttf")) {
            shipped = in.readAllBytes();
        }
        byte[] used = PdfFonts.shipped("DejaVuSans.ttf");
        try (TrueTypeFont before = new TTFParser().parse(new RandomAccessReadBuffer(shipped));
                TrueTypeFont after = new TTFParser().parse(new RandomAccessReadBuffer(used))) {
            assertNotNull(before.getTableMap().get("GSUB"), "the shipped font has one");
            assertFalse(after.getTableMap().containsKey("GSUB"));
            assertEquals(before.getTableMap().size() - 1, after.getTableMap().size());
            for (TTFTable table : after.getTableMap().values()) {
                byte[] is = after.getTableBytes(table);
                if (!table.getTag().equals("head")) {
                    assertEquals(checksum(is), table.getCheckSum(), table.getTag() + "'s checksum");
                }
                if (table.getTag().equals("cmap") || table.getTag().equals("post")) {
                    continue;
                }
                TTFTable original = before.getTableMap().get(table.getTag());
                assertEquals(original.getLength(), table.getLength(), table.getTag());
                byte[] was = before.getTableBytes(original);
                if (table.getTag().equals("head")) {
                    // Bytes 8-11 are the whole font's checksum adjustment: the font changed, so it did.
                    java.util.Arrays.fill(was, 8, 12, (byte) 0);
                    java.util.Arrays.fill(is, 8, 12, (byte) 0);
                }
                assertArrayEquals(was, is, table.getTag());
            }
            assertEquals(before.getNumberOfGlyphs(), after.getNumberOfGlyphs());

            assertEquals(5, before.getCmap().getCmaps().length, "the shipped font has five character maps");
            CmapSubtable[] maps = after.getCmap().getCmaps();
            assertEquals(1, maps.length);
            assertEquals(3, maps[0].getPlatformId());
            assertEquals(10, maps[0].getPlatformEncodingId());
            CmapLookup was = before.getUnicodeCmapLookup();
            CmapLookup is = after.getUnicodeCmapLookup();
            int mapped = 0;
            for (int c = 0; c <= 0x10FFFF; c++) {
                if (was.getGlyphId(c) != is.getGlyphId(c)) {
                    fail("U+" + Integer.toHexString(c) + " maps to glyph " + is.getGlyphId(c) + ", not " + was.getGlyphId(c));
                }
                mapped += is.getGlyphId(c) == 0 ? 0 : 1;
            }
            assertTrue(mapped > 5000, "every character DejaVu Sans draws: " + mapped);

            assertEquals(3.0f, after.getPostScript().getFormatType());
            assertNull(after.getPostScript().getGlyphNames());
            assertNotNull(before.getPostScript().getGlyphNames());
            assertEquals(before.getPostScript().getItalicAngle(), after.getPostScript().getItalicAngle());
            assertEquals(before.getPostScript().getUnderlinePosition(), after.getPostScript().getUnderlinePosition());
            assertEquals(before.getPostScript().getIsFixedPitch(), after.getPostScript().getIsFixedPitch());
        }
        assertEquals(0xB1B0AFBAL, checksum(used), "the whole font's checksum adds up as the specification asks");
        try (PDDocument document = new PDDocument()) {
            assertSame(GsubData.NO_DATA_FOUND,
                    PDType0Font.load(document, new ByteArrayInputStream(PdfFonts.shipped("DejaVuSans-Bold.ttf")))
                            .getGsubData(),
                    "PDFBox finds nothing to substitute");
        }
    }

    @Test
    void aFontWithNothingToChangeIsLeftAsItIs() {
        byte[] font = PdfFonts.shipped("DejaVuSans.ttf");
        assertSame(font, PdfFonts.withTables(font, (tag, table) -> table));
        assertEquals(0, font.length % 4);
    }

    private static long checksum(byte[] bytes) {
        ByteBuffer words = ByteBuffer.wrap(java.util.Arrays.copyOf(bytes, (bytes.length + 3) & ~3));
        long sum = 0;
        while (words.hasRemaining()) {
            sum += Integer.toUnsignedLong(words.getInt());
        }
        return sum & 0xFFFFFFFFL;
    }
}

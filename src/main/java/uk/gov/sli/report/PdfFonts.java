package uk.gov.sli.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The fonts the board paper's PDF embeds (DejaVu Sans, regular and bold, shipped under {@code fonts/}), read once per
 * run of the service and without their glyph-substitution table (GSUB). Without that table:
 * <ul>
 * <li>words are set letter by letter, so "fi" and "fl" stay two letters: the PDF's text reads, searches and is
 * spoken as typed ("finance", not "ﬁnance" with the one ligature character);</li>
 * <li>PDFBox does not run its substitution pass over every piece of text it draws, which was a third of what a
 * render allocated.</li>
 * </ul>
 * Every other table is kept byte for byte; the font's checksum is made good again.
 *
 * <p>Each font is also parsed once ({@link #regular()}, {@link #bold()}) and every render embeds a subset of that one
 * parsed font, instead of reading 700 KB and its character map again for each PDF. Fontbox reads a shared font's
 * tables and glyphs under its own locks, and a document loaded from it does not close it.
 */
final class PdfFonts {

    static final byte[] REGULAR = withoutTable(read("DejaVuSans.ttf"), "GSUB");
    static final byte[] BOLD = withoutTable(read("DejaVuSans-Bold.ttf"), "GSUB");

    private static final int OFFSET_TABLE = 12;
    private static final int TABLE_RECORD = 16;
    /** What a whole font's checksum adds up to, by the TrueType specification ('head' table, checkSumAdjustment). */
    private static final long CHECKSUM_MAGIC = 0xB1B0AFBAL;

    private PdfFonts() {
    }

    /** DejaVu Sans regular, parsed on first use and kept. */
    static TrueTypeFont regular() {
        return Parsed.REGULAR;
    }

    /** DejaVu Sans bold, parsed on first use and kept. */
    static TrueTypeFont bold() {
        return Parsed.BOLD;
    }

    /** Parsed when the first PDF is made, not at start. */
    private static final class Parsed {
        static final TrueTypeFont REGULAR = parse(PdfFonts.REGULAR);
        static final TrueTypeFont BOLD = parse(PdfFonts.BOLD);

        private static TrueTypeFont parse(byte[] font) {
            try {
                return new TTFParser().parse(new RandomAccessReadBuffer(font));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The TrueType font without the table {@code tag}; the same bytes if it has none. */
    static byte[] withoutTable(byte[] font, String tag) {
        ByteBuffer in = ByteBuffer.wrap(font);
        int tables = Short.toUnsignedInt(in.getShort(4));
        int dropped = -1;
        for (int i = 0; i < tables; i++) {
            if (tag(in, OFFSET_TABLE + i * TABLE_RECORD).equals(tag)) {
                dropped = i;
            }
        }
        if (dropped < 0) {
            return font;
        }
        int kept = tables - 1;
        int size = OFFSET_TABLE + kept * TABLE_RECORD;
        for (int i = 0; i < tables; i++) {
            if (i != dropped) {
                size += padded(in.getInt(OFFSET_TABLE + i * TABLE_RECORD + 12));
            }
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        int power = Integer.highestOneBit(kept);
        out.putInt(in.getInt(0)).putShort((short) kept).putShort((short) (power * 16))
                .putShort((short) Integer.numberOfTrailingZeros(power)).putShort((short) (kept * 16 - power * 16));
        int data = OFFSET_TABLE + kept * TABLE_RECORD;
        int head = -1;
        for (int i = 0; i < tables; i++) {
            if (i == dropped) {
                continue;
            }
            int record = OFFSET_TABLE + i * TABLE_RECORD;
            int offset = in.getInt(record + 8);
            int length = in.getInt(record + 12);
            // Records stay in tag order, as the specification asks; only the offset moves.
            out.putInt(in.getInt(record)).putInt(in.getInt(record + 4)).putInt(data).putInt(length);
            out.put(data, font, offset, length);
            if (tag(in, record).equals("head")) {
                head = data;
            }
            data += padded(length);
        }
        byte[] result = out.array();
        if (head >= 0) {
            ByteBuffer whole = ByteBuffer.wrap(result);
            whole.putInt(head + 8, 0);
            long sum = 0;
            for (int i = 0; i < result.length; i += 4) {
                sum += Integer.toUnsignedLong(whole.getInt(i));
            }
            whole.putInt(head + 8, (int) (CHECKSUM_MAGIC - sum));
        }
        return result;
    }

    private static String tag(ByteBuffer font, int at) {
        return new String(new byte[] { font.get(at), font.get(at + 1), font.get(at + 2), font.get(at + 3) },
                java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static int padded(int length) {
        return (length + 3) & ~3;
    }

    private static byte[] read(String name) {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream("fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("fonts/" + name + " is not in the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

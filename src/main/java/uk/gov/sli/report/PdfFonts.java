package uk.gov.sli.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The fonts the board paper's PDF embeds (DejaVu Sans, regular and bold, shipped under {@code fonts/}), read once per
 * run of the service, with three of their tables changed ({@link #forPdf}):
 * <ul>
 * <li>no glyph-substitution table (GSUB): words are set letter by letter, so "fi" and "fl" stay two letters and the
 * PDF's text reads, searches and is spoken as typed ("finance", not "ﬁnance" with the one ligature character); and
 * PDFBox does not run its substitution pass over every piece of text it draws, which was a third of what a render
 * allocated;</li>
 * <li>one character map (Windows, full Unicode) where the file has five that say the same: FontBox reads every map it
 * finds into a map of its own, ~30,000 entries a font, kept as long as the font;</li>
 * <li>a PostScript table without its 6,253 glyph names (format 3): a PDF addresses DejaVu's glyphs by number, and
 * FontBox kept the names as strings.</li>
 * </ul>
 * Nothing the PDF embeds changes: an embedded subset carries neither table. Every other table is kept byte for byte;
 * the font's checksums are made good again.
 *
 * <p>Each font is parsed once ({@link #regular()}, {@link #bold()}) and every render embeds a subset of that one
 * parsed font, instead of reading 700 KB and its character map again for each PDF. Fontbox reads a shared font's
 * tables and glyphs under its own locks, and a document loaded from it does not close it.
 */
final class PdfFonts {

    private static final int OFFSET_TABLE = 12;
    private static final int TABLE_RECORD = 16;
    /** What a whole font's checksum adds up to, by the TrueType specification ('head' table, checkSumAdjustment). */
    private static final long CHECKSUM_MAGIC = 0xB1B0AFBAL;
    /** The length of a PostScript table's header, all a format 3 table has. */
    private static final int POST_HEADER = 32;

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
        static final TrueTypeFont REGULAR = parse(shipped("DejaVuSans.ttf"));
        static final TrueTypeFont BOLD = parse(shipped("DejaVuSans-Bold.ttf"));

        private static TrueTypeFont parse(byte[] font) {
            try {
                return new TTFParser().parse(new RandomAccessReadBuffer(font));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The shipped font {@code fonts/name} as the PDF uses it. */
    static byte[] shipped(String name) {
        return withTables(read(name), PdfFonts::forPdf);
    }

    /** What the PDF keeps of a table: none of GSUB, one character map, the PostScript table's header. */
    static byte[] forPdf(String tag, byte[] table) {
        return switch (tag) {
            case "GSUB" -> null;
            case "cmap" -> oneCharacterMap(table);
            case "post" -> postScriptHeaderOnly(table);
            default -> table;
        };
    }

    /**
     * The character map with only its Windows full-Unicode subtable (platform 3, encoding 10), or its Windows BMP one
     * (3, 1) where it has no full one; the same bytes if it has neither.
     */
    static byte[] oneCharacterMap(byte[] cmap) {
        ByteBuffer in = ByteBuffer.wrap(cmap);
        int chosen = -1;
        for (int encoding : new int[] { 10, 1 }) {
            for (int i = 0; i < Short.toUnsignedInt(in.getShort(2)) && chosen < 0; i++) {
                int record = 4 + i * 8;
                if (in.getShort(record) == 3 && in.getShort(record + 2) == encoding) {
                    chosen = record;
                }
            }
        }
        if (chosen < 0) {
            return cmap;
        }
        int offset = in.getInt(chosen + 4);
        int format = Short.toUnsignedInt(in.getShort(offset));
        int length = format >= 8 ? in.getInt(offset + 4) : Short.toUnsignedInt(in.getShort(offset + 2));
        return ByteBuffer.allocate(12 + length).putShort((short) 0).putShort((short) 1).putShort((short) 3)
                .putShort(in.getShort(chosen + 2)).putInt(12).put(cmap, offset, length).array();
    }

    /** The PostScript table as format 3: its header (italic angle, underline, fixed pitch) and no glyph names. */
    static byte[] postScriptHeaderOnly(byte[] post) {
        if (post.length < POST_HEADER) {
            return post;
        }
        return ByteBuffer.allocate(POST_HEADER).put(post, 0, POST_HEADER).putInt(0, 0x00030000).array();
    }

    /**
     * The TrueType font with each table as {@code change} gives it back (tag and bytes in, bytes out): the same bytes
     * keep it, others replace it, {@code null} drops it. The same font if nothing changed.
     */
    static byte[] withTables(byte[] font, BiFunction<String, byte[], byte[]> change) {
        ByteBuffer in = ByteBuffer.wrap(font);
        int tables = Short.toUnsignedInt(in.getShort(4));
        List<String> tags = new ArrayList<>();
        List<byte[]> bodies = new ArrayList<>();
        List<Integer> sums = new ArrayList<>();
        boolean changed = false;
        for (int i = 0; i < tables; i++) {
            int record = OFFSET_TABLE + i * TABLE_RECORD;
            int offset = in.getInt(record + 8);
            byte[] table = Arrays.copyOfRange(font, offset, offset + in.getInt(record + 12));
            byte[] kept = change.apply(tag(in, record), table);
            if (kept != table) {
                changed = true;
            }
            if (kept != null) {
                tags.add(tag(in, record));
                bodies.add(kept);
                sums.add(kept == table ? in.getInt(record + 4) : (int) checksum(kept));
            }
        }
        if (!changed) {
            return font;
        }
        int kept = tags.size();
        int size = OFFSET_TABLE + kept * TABLE_RECORD;
        for (byte[] body : bodies) {
            size += padded(body.length);
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        int power = Integer.highestOneBit(kept);
        out.putInt(in.getInt(0)).putShort((short) kept).putShort((short) (power * 16))
                .putShort((short) Integer.numberOfTrailingZeros(power)).putShort((short) (kept * 16 - power * 16));
        int data = OFFSET_TABLE + kept * TABLE_RECORD;
        int head = -1;
        for (int i = 0; i < kept; i++) {
            // Records stay in tag order, as the specification asks; only the offset moves.
            byte[] body = bodies.get(i);
            out.put(tags.get(i).getBytes(StandardCharsets.ISO_8859_1)).putInt(sums.get(i)).putInt(data).putInt(body.length);
            out.put(data, body);
            if (tags.get(i).equals("head")) {
                head = data;
            }
            data += padded(body.length);
        }
        byte[] result = out.array();
        if (head >= 0) {
            ByteBuffer whole = ByteBuffer.wrap(result);
            whole.putInt(head + 8, 0);
            whole.putInt(head + 8, (int) (CHECKSUM_MAGIC - checksum(result)));
        }
        return result;
    }

    /** A table's (or a whole font's) checksum: its big-endian 32-bit words added up, the last one padded with zeros. */
    private static long checksum(byte[] bytes) {
        ByteBuffer words = ByteBuffer.wrap(Arrays.copyOf(bytes, padded(bytes.length)));
        long sum = 0;
        while (words.hasRemaining()) {
            sum += Integer.toUnsignedLong(words.getInt());
        }
        return sum & 0xFFFFFFFFL;
    }

    private static String tag(ByteBuffer font, int at) {
        return new String(new byte[] { font.get(at), font.get(at + 1), font.get(at + 2), font.get(at + 3) },
                StandardCharsets.ISO_8859_1);
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

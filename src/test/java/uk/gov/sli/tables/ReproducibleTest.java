package uk.gov.sli.tables;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.junit.jupiter.api.Test;

/** Finishing a written workbook: the two parts it changes, the timestamps, and every other part copied as it was. */
class ReproducibleTest {

    private static final Instant SIGNED_OFF = Instant.parse("2016-01-12T10:15:30Z");

    private static final String STYLES = "<styleSheet><numFmts><numFmt numFmtId=\"164\" formatCode=\"@\"/></numFmts>"
            + "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/><xf numFmtId=\"49\"/></cellXfs></styleSheet>";
    private static final String CORE = "<cp:coreProperties><dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-12-07T02:31:00Z"
            + "</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">2026-12-07T02:31:00Z</dcterms:modified></cp:coreProperties>";

    /** A workbook as the writer leaves it: every part compressed, stamped with the time it was written. */
    private static byte[] written() throws IOException {
        StringBuilder sheet = new StringBuilder("<worksheet><sheetData>");
        for (int r = 1; r <= 2000; r++) {
            sheet.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>").append(r * 7).append("</v></c></row>");
        }
        sheet.append("</sheetData></worksheet>");
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<Types/>");
        parts.put("xl/worksheets/sheet1.xml", sheet.toString());
        parts.put("xl/styles.xml", STYLES);
        parts.put("docProps/core.xml", CORE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            // Not the level a second compression would use, so a part compressed again would differ byte for byte.
            zip.setLevel(java.util.zip.Deflater.BEST_SPEED);
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] raw(byte[] zip, String name) throws IOException {
        try (ZipFile file = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get();
                InputStream in = file.getRawInputStream(file.getEntry(name))) {
            return in.readAllBytes();
        }
    }

    private static String text(byte[] zip, String name) throws IOException {
        try (ZipFile file = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get();
                InputStream in = file.getInputStream(file.getEntry(name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theSheetsAreCopiedAsTheWriterCompressedThemNotInflatedAndCompressedAgain() throws IOException {
        byte[] written = written();
        byte[] finished = Reproducible.xlsx(written, SIGNED_OFF);

        assertArrayEquals(raw(written, "xl/worksheets/sheet1.xml"), raw(finished, "xl/worksheets/sheet1.xml"));
        assertArrayEquals(raw(written, "[Content_Types].xml"), raw(finished, "[Content_Types].xml"));
        assertEquals(text(written, "xl/worksheets/sheet1.xml"), text(finished, "xl/worksheets/sheet1.xml"));
    }

    @Test
    void textFormatsGetTheQuotePrefixAndTheDocumentDatesAndEveryEntryTimeAreTheInstantGiven() throws IOException {
        byte[] finished = Reproducible.xlsx(written(), SIGNED_OFF);

        assertEquals("<styleSheet><numFmts><numFmt numFmtId=\"164\" formatCode=\"@\"/></numFmts><cellXfs><xf numFmtId=\"0\"/>"
                + "<xf quotePrefix=\"1\" numFmtId=\"164\" applyNumberFormat=\"1\"/><xf quotePrefix=\"1\" numFmtId=\"49\"/></cellXfs>"
                + "</styleSheet>", text(finished, "xl/styles.xml"));
        String core = text(finished, "docProps/core.xml");
        assertTrue(core.contains(">2016-01-12T10:15:30Z</dcterms:created>") && core.contains(">2016-01-12T10:15:30Z</dcterms:modified>"), core);
        try (ZipFile file = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(finished)).get()) {
            int entries = 0;
            for (ZipArchiveEntry entry : java.util.Collections.list(file.getEntries())) {
                entries++;
                assertEquals(ZipArchiveEntry.DEFLATED, entry.getMethod(), entry.getName());
                assertEquals(SIGNED_OFF.toEpochMilli(), entry.getTime(), entry.getName());
            }
            assertEquals(4, entries);
        }
    }

    @Test
    void aDraftsEntriesCarryTheTimeItWasMadeNotTheZipFormatsZeroTheWriterLeaves() throws IOException {
        Instant before = Instant.now().minusSeconds(2);
        SheetTable table = new SheetTable("Annex B", java.util.List.of("Code"), java.util.List.of(java.util.List.of(SheetTable.text("A-01"))),
                null, java.util.List.of("Annex B"));
        byte[] draft = XlsxWriter.write(java.util.List.of(table));
        try (ZipFile file = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(draft)).get()) {
            for (ZipArchiveEntry entry : java.util.Collections.list(file.getEntries())) {
                assertTrue(!Instant.ofEpochMilli(entry.getTime()).isBefore(before), entry.getName() + " dated " + entry.getLastModifiedDate());
            }
        }
    }

    @Test
    void theSameWorkbookAndInstantGiveTheSameBytesEndingWhereTheArchiveEnds() throws IOException {
        byte[] written = written();
        byte[] first = Reproducible.xlsx(written, SIGNED_OFF);

        assertArrayEquals(first, Reproducible.xlsx(written, SIGNED_OFF));
        // The end of central directory record closes the file: nothing (no padding) after it.
        assertEquals(0x06054b50, java.nio.ByteBuffer.wrap(first, first.length - 22, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt());
    }
}

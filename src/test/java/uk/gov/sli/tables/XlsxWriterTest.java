package uk.gov.sli.tables;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

import uk.gov.sli.tables.SheetTable.Cell;

/** The XLSX writer's column widths and the file it gives back. */
class XlsxWriterTest {

    private static SheetTable table(List<List<Cell>> rows) {
        return new SheetTable("Annex B", List.of("Code", "Description", "Target"), rows, null, List.of("Annex B", "As at Q2"));
    }

    @Test
    void eachColumnIsAsWideAsItsLongestTextUpToTheWrapWidthAndAtLeastEight() {
        SheetTable table = table(List.of(
                List.of(SheetTable.text("PEER-01"), SheetTable.text("Short"), SheetTable.number(BigDecimal.TEN)),
                List.of(SheetTable.text("LEADERSHIP-BASE-02"), SheetTable.text("x".repeat(300)), SheetTable.number(null)),
                List.of(SheetTable.text(null), SheetTable.text("A description of middling length"), SheetTable.number(BigDecimal.ONE))));

        // Code: 18 characters + 2; Description: capped at the wrap width, 40 + 2; Target: its header, at least 8.
        assertArrayEquals(new double[] {20, 42, 8}, XlsxWriter.widths(table));
    }

    @Test
    void theFileCarriesThoseWidthsAndEveryPartIsCompressedOnce() throws Exception {
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            rows.add(List.of(SheetTable.text("T-" + i), SheetTable.text("Target number " + i + " of the year"),
                    SheetTable.number(BigDecimal.valueOf(i))));
        }
        byte[] file = XlsxWriter.write(List.of(table(rows)));

        String sheet = null;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
                byte[] content = zip.readAllBytes();
                entries++;
                assertEquals(ZipEntry.DEFLATED, entry.getMethod(), entry.getName() + " is compressed");
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    sheet = new String(content, StandardCharsets.UTF_8);
                    assertTrue(entry.getCompressedSize() < content.length / 4,
                            "the sheet's " + content.length + " bytes are compressed, to " + entry.getCompressedSize());
                }
            }
        }
        assertTrue(entries >= 5, "a workbook's parts: " + entries);
        List<String> widths = new ArrayList<>();
        Matcher col = Pattern.compile("<col min=\"(\\d+)\" max=\"\\d+\" width=\"([0-9.]+)\"").matcher(sheet);
        while (col.find()) {
            widths.add(col.group(1) + ":" + Double.parseDouble(col.group(2)));
        }
        // "Target number 499 of the year" is 29 characters.
        assertEquals(List.of("1:8.0", "2:31.0", "3:8.0"), widths);
    }
}

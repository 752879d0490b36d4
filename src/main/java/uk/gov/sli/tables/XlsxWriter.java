package uk.gov.sli.tables;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.zip.Deflater;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import uk.gov.sli.tables.SheetTable.Cell;

/** XLSX, one sheet per table: a bold frozen header, numbers as numbers, percentages as percent cells. */
public final class XlsxWriter {

    private XlsxWriter() {
    }

    /** As {@link #write(List)}, with every timestamp inside fixed to {@code at}: the same bytes every time. */
    public static byte[] write(List<SheetTable> tables, java.time.Instant at) {
        return Reproducible.xlsx(writeRaw(tables), at);
    }

    /** As {@link #write(List, java.time.Instant)} at the current time. */
    public static byte[] write(List<SheetTable> tables) {
        return write(tables, null);
    }

    private static byte[] writeRaw(List<SheetTable> tables) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Sector-led improvement dashboard", "1.0");
            // zlib's default level (fastexcel's own is 4): the parts are compressed here once and copied as they are.
            workbook.setCompressionLevel(Deflater.DEFAULT_COMPRESSION);
            for (SheetTable table : tables) {
                writeSheet(workbook.newWorksheet(table.name()), table);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void writeSheet(Worksheet sheet, SheetTable table) {
        // Title lines first (the first one larger), a blank row, then the header row and the table under it.
        for (int t = 0; t < table.title().size(); t++) {
            sheet.value(t, 0, table.title().get(t));
            sheet.style(t, 0).bold().fontSize(t == 0 ? 14 : 11).set();
        }
        int header = table.title().isEmpty() ? 0 : table.title().size() + 1;
        int columns = table.headers().size();
        for (int c = 0; c < columns; c++) {
            sheet.value(header, c, table.headers().get(c));
        }
        sheet.range(header, 0, header, columns - 1).style().bold().wrapText(true).verticalAlignment("top").set();
        sheet.freezePane(0, header + 1);
        double[] widths = widths(table);
        for (int r = 0; r < table.rows().size(); r++) {
            List<Cell> row = table.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                write(sheet, header + 1 + r, c, row.get(c), widths[c] >= WRAP_AT);
            }
        }
        for (int c = 0; c < columns; c++) {
            sheet.width(c, widths[c]);
        }
        // A spreadsheet does not grow a row for wrapped text it has not laid out yet: give each row its lines.
        for (int r = 0; r < table.rows().size(); r++) {
            int lines = 1;
            for (int c = 0; c < columns; c++) {
                double width = widths[c];
                if (width >= WRAP_AT && table.rows().get(r).get(c) instanceof SheetTable.Text t && t.value() != null) {
                    lines = Math.max(lines, (int) Math.ceil(t.value().length() / (width - 2)) + (int) t.value().lines().count() - 1);
                }
            }
            if (lines > 1) {
                sheet.rowHeight(header + 1 + r, Math.min(409, lines * 12.75 + 2));
            }
        }
        if (table.note() != null) {
            sheet.value(header + table.rows().size() + 2, 0, table.note());
        }
        // Printed as the ministry reads it: A4 landscape, one page wide, the header row on every page, filterable.
        sheet.paperSize(org.dhatim.fastexcel.PaperSize.A4_PAPER);
        sheet.pageOrientation("landscape");
        sheet.setFitToPage(true);
        sheet.fitToWidth((short) 1);
        sheet.fitToHeight((short) (table.rows().size() <= 100 ? 2 : 0));
        sheet.repeatRows(header);
        sheet.setAutoFilter(header, 0, header + Math.max(0, table.rows().size()), columns - 1);
    }

    /** One cell with its one style: top-aligned, wrapped in a wide text column, formatted or coloured by its kind. */
    private static void write(Worksheet sheet, int r, int c, Cell cell, boolean wrap) {
        org.dhatim.fastexcel.StyleSetter style = sheet.style(r, c).verticalAlignment("top");
        if (cell instanceof SheetTable.Text t) {
            if (t.value() != null) {
                sheet.value(r, c, t.value());
                if (SheetTable.needsPrefix(t.value())) {
                    // Text format, made a quote prefix when the file is finished: the reader sees the text as it is,
                    // and the spreadsheet never runs it, even when the cell is edited.
                    style.format("@");
                }
                if (wrap) {
                    style.wrapText(true);
                }
            }
        } else if (cell instanceof SheetTable.Number n) {
            if (n.value() != null) {
                sheet.value(r, c, n.value());
            }
        } else if (cell instanceof SheetTable.Money m) {
            if (m.value() != null) {
                sheet.value(r, c, m.value());
                style.format("#,##0;(#,##0);-");
            }
        } else if (cell instanceof SheetTable.Status st) {
            if (st.label() != null) {
                sheet.value(r, c, st.label());
                String fill = switch (st.rag() == null ? "" : st.rag()) {
                    case "GREEN" -> "00703C";
                    case "AMBER" -> "FFDD00";
                    case "RED" -> "D4351C";
                    default -> null;
                };
                if (fill != null) {
                    style.fillColor(fill).fontColor("AMBER".equals(st.rag()) ? "0B0C0C" : "FFFFFF").bold();
                }
            }
        } else if (cell instanceof SheetTable.Percent p && p.value() != null) {
            sheet.value(r, c, BigDecimal.valueOf(p.value()).movePointLeft(2));
            style.format("0%");
        }
        style.set();
    }

    /** Columns this wide (characters) or wider wrap their text rather than grow. */
    private static final int WRAP_AT = 40;

    /**
     * Each column's width in characters: its longest text up to {@link #WRAP_AT}, at least 8. One pass over the
     * rows for the whole sheet (measured again for every cell, a year of 8,000 targets took 15 s to export).
     */
    static double[] widths(SheetTable table) {
        int[] longest = table.headers().stream().mapToInt(String::length).toArray();
        for (List<Cell> row : table.rows()) {
            for (int c = 0; c < longest.length && c < row.size(); c++) {
                if (row.get(c) instanceof SheetTable.Text t && t.value() != null) {
                    longest[c] = Math.max(longest[c], Math.min(t.value().length(), WRAP_AT));
                }
            }
        }
        return java.util.Arrays.stream(longest).mapToDouble(l -> Math.max(8, l + 2)).toArray();
    }
}

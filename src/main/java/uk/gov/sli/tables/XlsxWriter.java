package uk.gov.sli.tables;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

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
        for (int c = 0; c < table.headers().size(); c++) {
            sheet.value(0, c, table.headers().get(c));
        }
        sheet.range(0, 0, 0, table.headers().size() - 1).style().bold().set();
        sheet.freezePane(0, 1);
        for (int r = 0; r < table.rows().size(); r++) {
            List<Cell> row = table.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                write(sheet, r + 1, c, row.get(c));
            }
        }
        for (int c = 0; c < table.headers().size(); c++) {
            sheet.width(c, widthOf(table, c));
        }
        if (table.note() != null) {
            sheet.value(table.rows().size() + 2, 0, table.note());
        }
    }

    private static void write(Worksheet sheet, int r, int c, Cell cell) {
        if (cell instanceof SheetTable.Text t) {
            if (t.value() != null) {
                sheet.value(r, c, t.value());
                if (SheetTable.needsPrefix(t.value())) {
                    // Text format, made a quote prefix when the file is finished: the reader sees the text as it is,
                    // and the spreadsheet never runs it, even when the cell is edited.
                    sheet.style(r, c).format("@").set();
                }
            }
        } else if (cell instanceof SheetTable.Number n) {
            if (n.value() != null) {
                sheet.value(r, c, n.value());
            }
        } else if (cell instanceof SheetTable.Percent p && p.value() != null) {
            sheet.value(r, c, BigDecimal.valueOf(p.value()).movePointLeft(2));
            sheet.style(r, c).format("0%").set();
        }
    }

    private static double widthOf(SheetTable table, int column) {
        int longest = table.headers().get(column).length();
        for (List<Cell> row : table.rows()) {
            if (row.get(column) instanceof SheetTable.Text t && t.value() != null) {
                longest = Math.max(longest, Math.min(t.value().length(), 60));
            }
        }
        return Math.max(8, longest + 2);
    }
}

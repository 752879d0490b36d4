package uk.gov.sli.tables;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import uk.gov.sli.tables.SheetTable.Cell;

/** CSV that Excel and LibreOffice open right: UTF-8 with a byte order mark, CRLF, RFC 4180 quoting. */
public final class CsvWriter {

    private CsvWriter() {
    }

    public static String write(SheetTable table) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(table.headers());
            for (var row : table.rows()) {
                printer.printRecord(row.stream().map(CsvWriter::text).toList());
            }
            if (table.note() != null) {
                printer.printRecord(SheetTable.neutralise(table.note()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String text(Cell cell) {
        if (cell instanceof SheetTable.Text t) {
            return t.value() == null ? "" : SheetTable.neutralise(t.value());
        }
        if (cell instanceof SheetTable.Number n) {
            return n.value() == null ? "" : n.value().toPlainString();
        }
        if (cell instanceof SheetTable.Money m) {
            return m.value() == null ? "" : m.value().toPlainString();
        }
        if (cell instanceof SheetTable.Status st) {
            return st.label() == null ? "" : st.label();
        }
        Integer percent = ((SheetTable.Percent) cell).value();
        return percent == null ? "" : percent + "%";
    }
}

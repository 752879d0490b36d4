package uk.gov.sli.importing;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import uk.gov.sli.export.SheetTable;

/** Reads CSV (RFC 4180, as Excel and LibreOffice write it, with or without a BOM) into a {@link Table}. */
public final class CsvTables {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(true)
            .setTrim(false)
            .get();

    private CsvTables() {
    }

    public static Table read(String text) {
        return read(new StringReader(stripBom(text)));
    }

    public static Table read(Reader reader) {
        try (CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            List<String> header = null;
            List<Row> rows = new ArrayList<>();
            long startLine = 1;
            for (CSVRecord record : parser) {
                if (header == null) {
                    header = record.stream().map(h -> stripBom(h).trim().toLowerCase(Locale.ROOT)).toList();
                } else if (!blank(record)) {
                    rows.add(new Row((int) startLine, cells(header, record)));
                }
                // A quoted cell may span lines; the next record starts after the parser's current line.
                startLine = parser.getCurrentLineNumber() + 1;
            }
            if (header == null) {
                throw ImportRejectedException.single(1, "", "the file is empty: a header row is required");
            }
            return new Table(header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw ImportRejectedException.single(1, "", "the file is not valid CSV: " + e.getMessage());
        }
    }

    private static Map<String, String> cells(List<String> header, CSVRecord record) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            cells.put(header.get(i), i < record.size() ? SheetTable.restore(record.get(i)) : "");
        }
        return cells;
    }

    private static boolean blank(CSVRecord record) {
        return record.stream().allMatch(cell -> cell == null || cell.isBlank());
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}

package uk.gov.sli.tables;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads CSV (RFC 4180, as Excel and LibreOffice write it, UTF-8 with or without a BOM) into a {@link Table}. */
public final class CsvReader {

    public static final String MEDIA_TYPE = "text/csv";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(true)
            .setTrim(false)
            .get();

    private CsvReader() {
    }

    /** A file's bytes, which must be UTF-8: anything else would be stored as replacement characters. */
    public static Table read(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return read(text);
        } catch (CharacterCodingException e) {
            throw TableRejectedException.single(1, "", "the file is not UTF-8 text: in Excel use Save As 'CSV UTF-8 "
                    + "(Comma delimited)', in LibreOffice choose the character set 'Unicode (UTF-8)'");
        }
    }

    public static Table read(String text) {
        try (CSVParser parser = CSVParser.parse(new StringReader(stripBom(text)), FORMAT)) {
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
                throw TableRejectedException.single(1, "", "the file is empty: a header row is required");
            }
            return Table.checked(header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | UncheckedIOException e) {
            throw TableRejectedException.single(1, "", "the file is not valid CSV: check that every quoted cell "
                    + "has its closing quote and nothing follows it but a comma or the end of the line");
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

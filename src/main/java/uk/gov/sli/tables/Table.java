package uk.gov.sli.tables;

import java.util.List;

/** An imported file as a lower-case header and rows, whatever its format. */
public record Table(List<String> header, List<Row> rows) {

    /** No import has more columns than this. */
    public static final int MAX_COLUMNS = 50;
    /** Nor more rows: a year of 25,000 targets has 100,000 quarterly figures. */
    public static final int MAX_ROWS = 100_000;

    /** A table within the limits, or a refusal saying which. */
    public static Table checked(List<String> header, List<Row> rows) {
        if (header.size() > MAX_COLUMNS) {
            throw TableRejectedException.single(1, "", "the header has " + header.size() + " columns; at most "
                    + MAX_COLUMNS + " are read");
        }
        if (rows.size() > MAX_ROWS) {
            throw TableRejectedException.single(1, "", "the file has " + rows.size() + " rows; at most " + MAX_ROWS
                    + " are imported at once: split it");
        }
        return new Table(header, rows);
    }
}

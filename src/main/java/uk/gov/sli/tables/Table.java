package uk.gov.sli.tables;

import java.util.List;

/** An imported file as a lower-case header and rows, whatever its format. */
public record Table(List<String> header, List<Row> rows) {

    /** No import has more columns than this. */
    public static final int MAX_COLUMNS = 50;
    /**
     * Nor more rows. An import is one all-or-nothing transaction, and Hibernate Envers keeps every row's audit record
     * until it commits: in the deployment's 256 MB heap 50,000 figure rows import (peak RSS 415 MB), 100,000 run out
     * of memory. A year of 25,000 targets sends its 100,000 quarterly figures as two files.
     */
    public static final int MAX_ROWS = 50_000;

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

package uk.gov.sli.tables;

/** One line's cells, already read by their columns. */
public interface Cells {

    /** The line a person sees in their spreadsheet program, the header being line 1. */
    int line();

    /** Whether the file has this column at all (a column left out keeps what is stored, where an import says so). */
    boolean has(Column<?> column);

    /** The cell as its column reads it; for a column the file does not have, what the reader makes of "". */
    <T> T get(Column<T> column);
}

package uk.gov.sli.tables;

/** A valid row of an imported table, with the line it came from. */
public record Line<R>(int line, R row) {
}

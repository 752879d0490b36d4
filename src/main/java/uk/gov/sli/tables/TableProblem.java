package uk.gov.sli.tables;

/**
 * One thing wrong with an imported file. {@code line} is the line (CSV) or sheet row (XLSX) a person sees in their
 * spreadsheet program, the header being line 1 (0 for a JSON field); {@code column} is the header or field name.
 */
public record TableProblem(int line, String column, String message) {
}

package uk.gov.sli.importing;

/**
 * One thing wrong with an imported file. {@code line} is the line (CSV) or sheet row (XLSX) a person sees
 * in their spreadsheet program, the header being line 1; {@code column} is the header name.
 */
public record ImportProblem(int line, String column, String message) {
}

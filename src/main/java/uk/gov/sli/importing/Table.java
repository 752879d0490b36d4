package uk.gov.sli.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** An imported file as a header and rows, whatever its format. */
public record Table(List<String> header, List<Row> rows) {

    /**
     * Checks the header: every required column present, nothing unknown (a misspelt column would otherwise be
     * silently ignored), no column twice. Problems are reported on line 1.
     */
    public List<ImportProblem> checkHeader(Set<String> required, Set<String> allowed) {
        List<ImportProblem> problems = new ArrayList<>();
        for (String column : required) {
            if (!header.contains(column)) {
                problems.add(new ImportProblem(1, column, "required column '" + column + "' is missing from the header"));
            }
        }
        Set<String> seen = new java.util.HashSet<>();
        for (String column : header) {
            if (!allowed.contains(column)) {
                problems.add(new ImportProblem(1, column, "unknown column '" + column + "'; expected some of "
                        + String.join(", ", allowed)));
            }
            if (!seen.add(column)) {
                problems.add(new ImportProblem(1, column, "column '" + column + "' appears more than once"));
            }
        }
        return problems;
    }
}

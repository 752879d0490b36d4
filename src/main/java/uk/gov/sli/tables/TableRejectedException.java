package uk.gov.sli.tables;

import java.util.List;

import uk.gov.sli.rules.InvalidInputException;

/** An import that stores nothing because at least one row is wrong; carries every problem found. */
public class TableRejectedException extends InvalidInputException {

    private final transient List<TableProblem> problems;

    public TableRejectedException(List<TableProblem> problems) {
        super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the file; nothing was imported");
        this.problems = List.copyOf(problems);
    }

    public static TableRejectedException single(int line, String column, String message) {
        return new TableRejectedException(List.of(new TableProblem(line, column, message)));
    }

    /** Throws when any problem was found; otherwise does nothing. */
    public static void throwIfAny(List<TableProblem> problems) {
        if (!problems.isEmpty()) {
            throw new TableRejectedException(problems);
        }
    }

    public List<TableProblem> problems() {
        return problems;
    }
}

package uk.gov.sli.importing;

import java.util.List;

/** An import that stores nothing because at least one row is wrong; carries every problem found. */
public class ImportRejectedException extends RuntimeException {

    private final transient List<ImportProblem> problems;

    public ImportRejectedException(List<ImportProblem> problems) {
        super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the file; nothing was imported");
        this.problems = List.copyOf(problems);
    }

    public static ImportRejectedException single(int line, String column, String message) {
        return new ImportRejectedException(List.of(new ImportProblem(line, column, message)));
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}

package uk.gov.sli.headline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.gov.sli.importing.Cells;
import uk.gov.sli.importing.ImportProblem;
import uk.gov.sli.importing.ImportRejectedException;
import uk.gov.sli.importing.Row;
import uk.gov.sli.importing.Table;
import uk.gov.sli.mou.Years;

/** Replaces a year's headline figures: every row valid and sourced, or nothing stored. */
@ApplicationScoped
public class HeadlineImporter {

    @Transactional
    public int importHeadlines(String yearId, Table table) {
        Years.require(yearId);
        List<ImportProblem> problems = new ArrayList<>(table.checkHeader(Set.of("measure", "value", "source"),
                Set.of("measure", "value", "qualifier", "source")));
        List<HeadlineFigure> figures = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Row row : table.rows()) {
            int before = problems.size();
            String measure = Cells.required(row, "measure", problems);
            if (measure != null && !measure.matches("[a-z][a-z0-9_]{0,59}")) {
                problems.add(new ImportProblem(row.line(), "measure", "measure must be lower_case_with_underscores"));
            }
            BigDecimal value = Cells.nonNegativeNumber(row, "value", problems);
            if (value == null && problems.size() == before) {
                problems.add(new ImportProblem(row.line(), "value", "value is required"));
            }
            String source = Cells.required(row, "source", problems);
            if (measure != null && !seen.add(measure)) {
                problems.add(new ImportProblem(row.line(), "measure", measure + " appears twice"));
            }
            if (problems.size() == before) {
                HeadlineFigure f = new HeadlineFigure();
                f.yearId = yearId;
                f.measure = measure;
                f.value = value;
                f.qualifier = row.get("qualifier").isEmpty() ? null : row.get("qualifier");
                f.source = source;
                figures.add(f);
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        HeadlineFigure.delete("yearId", yearId);
        HeadlineFigure.persist(figures);
        return figures.size();
    }
}

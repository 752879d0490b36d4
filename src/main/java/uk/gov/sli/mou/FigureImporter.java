package uk.gov.sli.mou;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.sli.importing.Cells;
import uk.gov.sli.importing.ImportProblem;
import uk.gov.sli.importing.ImportRejectedException;
import uk.gov.sli.importing.Row;
import uk.gov.sli.importing.Table;
import uk.gov.sli.rules.Quarter;
import uk.gov.sli.rules.Rag;

/**
 * Upserts quarterly figures by target code and quarter: every row valid, or nothing stored. A column left
 * out of the file leaves that field as it was; a column present with an empty cell clears it.
 */
@ApplicationScoped
public class FigureImporter {

    static final Set<String> REQUIRED = Set.of("code", "quarter");
    static final Set<String> ALLOWED = Set.of("code", "quarter", "value", "commentary", "rag_override", "rag_reason");

    @Inject
    FigureEditor editor;

    @Transactional
    public int importFigures(String yearId, Table table) {
        Years.require(yearId);
        List<ImportProblem> problems = new ArrayList<>(table.checkHeader(REQUIRED, ALLOWED));
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        Map<String, Target> targets = new HashMap<>();
        for (Target target : Target.listWithFigures(yearId)) {
            targets.put(target.code, target);
        }
        List<FigureChange> changes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Row row : table.rows()) {
            int before = problems.size();
            String code = Cells.required(row, "code", problems);
            Target target = code == null ? null : targets.get(code);
            if (code != null && target == null) {
                problems.add(new ImportProblem(row.line(), "code", "no target with code " + code + " in " + yearId));
            }
            Quarter quarter = row.get("quarter").isEmpty()
                    ? null
                    : Cells.parsed(row, "quarter", Quarter::parse, problems);
            if (row.get("quarter").isEmpty()) {
                problems.add(new ImportProblem(row.line(), "quarter", "quarter is required (Q1, Q2, Q3 or Q4)"));
            }
            BigDecimal value = Cells.nonNegativeNumber(row, "value", problems);
            Rag override = row.get("rag_override").isEmpty()
                    ? null
                    : Cells.parsed(row, "rag_override", Rag::parseOverride, problems);
            String reason = row.get("rag_reason");
            if (override != null && reason.isEmpty()) {
                problems.add(new ImportProblem(row.line(), "rag_reason", "rag_reason is required when rag_override is set"));
            }
            if (target != null && quarter != null && !seen.add(code + "/" + quarter)) {
                problems.add(new ImportProblem(row.line(), "quarter", code + " " + quarter + " appears more than once in the file"));
            }
            if (problems.size() == before) {
                changes.add(new FigureChange(target, quarter, row.line(),
                        row.has("value") ? FigureChange.Field.of(value) : FigureChange.Field.keep(),
                        row.has("commentary") ? FigureChange.Field.of(emptyToNull(row.get("commentary"))) : FigureChange.Field.keep(),
                        row.has("rag_override") ? FigureChange.Field.of(override) : FigureChange.Field.keep(),
                        row.has("rag_override") ? FigureChange.Field.of(override == null ? null : reason) : FigureChange.Field.keep()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        editor.applyAll(changes);
        return changes.size();
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}

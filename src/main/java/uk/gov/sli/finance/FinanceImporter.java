package uk.gov.sli.finance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.gov.sli.importing.Cells;
import uk.gov.sli.importing.ImportProblem;
import uk.gov.sli.importing.ImportRejectedException;
import uk.gov.sli.importing.Row;
import uk.gov.sli.importing.Table;
import uk.gov.sli.mou.Years;
import uk.gov.sli.rules.Rag;

/** Upserts a period's finance lines by section and description: every row valid, or nothing stored. */
@ApplicationScoped
public class FinanceImporter {

    static final Set<String> REQUIRED = Set.of("section", "description");
    static final Set<String> ALLOWED = Set.of("section", "description", "budget_ytd", "actual_ytd", "budget_year",
            "forecast_outturn", "commentary", "rag_override", "rag_reason");
    private static final List<String> AMOUNTS = List.of("budget_ytd", "actual_ytd", "budget_year", "forecast_outturn");

    private record ValidRow(FinanceSection section, String description, Map<String, BigDecimal> amounts,
            String commentary, Rag override, String reason) {
    }

    @Transactional
    public int importPeriod(String yearId, int period, Table table) {
        Years.require(yearId);
        checkPeriod(period);
        List<ImportProblem> problems = new ArrayList<>(table.checkHeader(REQUIRED, ALLOWED));
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        List<ValidRow> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Row row : table.rows()) {
            int before = problems.size();
            FinanceSection section = Cells.parsed(row, "section", FinanceSection::parse, problems);
            String description = Cells.required(row, "description", problems);
            Cells.maxLength(row, "description", 200, problems);
            Map<String, BigDecimal> amounts = new HashMap<>();
            for (String column : AMOUNTS) {
                amounts.put(column, Cells.parsed(row, column, Money::parse, problems));
            }
            Rag override = row.get("rag_override").isEmpty() ? null
                    : Cells.parsed(row, "rag_override", Rag::parseOverride, problems);
            if (override != null && row.get("rag_reason").isEmpty()) {
                problems.add(new ImportProblem(row.line(), "rag_reason", "rag_reason is required when rag_override is set"));
            }
            if (section != null && description != null && !seen.add(section + "/" + description)) {
                problems.add(new ImportProblem(row.line(), "description",
                        description + " appears more than once in " + section.label()));
            }
            if (problems.size() == before) {
                rows.add(new ValidRow(section, description, amounts, blankToNull(row.get("commentary")), override,
                        override == null ? null : row.get("rag_reason")));
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        store(yearId, period, rows);
        return rows.size();
    }

    public static void checkPeriod(int period) {
        if (period < 1 || period > 12) {
            throw new IllegalArgumentException("period must be 1 to 12 (April is 1), not " + period);
        }
    }

    private void store(String yearId, int period, List<ValidRow> rows) {
        Map<String, FinanceLine> existing = new HashMap<>();
        for (FinanceLine line : FinanceLine.forPeriod(yearId, period)) {
            existing.put(line.section + "/" + line.description, line);
        }
        int nextOrder = existing.values().stream().mapToInt(l -> l.displayOrder).max().orElse(0) + 1;
        for (ValidRow row : rows) {
            FinanceLine line = existing.get(row.section() + "/" + row.description());
            if (line == null) {
                line = new FinanceLine();
                line.yearId = yearId;
                line.period = (short) period;
                line.section = row.section();
                line.description = row.description();
                line.displayOrder = nextOrder++;
            }
            line.budgetYtd = row.amounts().get("budget_ytd");
            line.actualYtd = row.amounts().get("actual_ytd");
            line.budgetYear = row.amounts().get("budget_year");
            line.forecastOutturn = row.amounts().get("forecast_outturn");
            line.commentary = row.commentary();
            line.ragOverride = row.override();
            line.ragReason = row.reason();
            if (line.id == null) {
                line.persist();
            }
        }
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}

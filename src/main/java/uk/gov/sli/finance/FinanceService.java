package uk.gov.sli.finance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import uk.gov.sli.finance.FinanceImport.FinanceRow;
import uk.gov.sli.mou.MouYear;
import uk.gov.sli.platform.config.SliConfig;
import uk.gov.sli.rules.FinanceRules;
import uk.gov.sli.rules.FinanceRules.LineAssessment;
import uk.gov.sli.rules.FinanceRules.Thresholds;
import uk.gov.sli.rules.InvalidInputException;
import uk.gov.sli.rules.Numbers;
import uk.gov.sli.rules.Quarter;
import uk.gov.sli.rules.Rag;
import uk.gov.sli.signoff.SignOffService;
import uk.gov.sli.tables.Line;
import uk.gov.sli.tables.Table;

/** The management accounts at a period through rule 8, with section totals and the net position computed. */
@ApplicationScoped
public class FinanceService {

    /** One line, or a computed total ({@code total} true: never typed in, never overridden, no RAG of its own shown). */
    public record FinanceLineView(String section, String description, boolean total, BigDecimal budgetYtd,
            BigDecimal actualYtd, BigDecimal varianceYtd, BigDecimal budgetYear, BigDecimal forecastOutturn,
            BigDecimal outturnVariance, BigDecimal variancePercent, Rag computedRag, Rag rag, boolean ragOverridden,
            String ragReason, String commentary) {
    }

    /** The accounts at one period: lines by section, then the section totals and the net position. */
    public record FinanceTable(String year, String label, Integer period, List<Integer> periods,
            List<FinanceLineView> lines, List<FinanceLineView> totals, Thresholds thresholds, List<String> reconciliation) {

        /** Snapshots signed off before reconciliation notes existed read back with none. */
        public FinanceTable {
            reconciliation = reconciliation == null ? List.of() : List.copyOf(reconciliation);
        }

        /** The variance chart in one sentence: how many lines are adverse and favourable, and by how much. */
        @com.fasterxml.jackson.annotation.JsonIgnore
        public String varianceSummary() {
            List<FinanceLineView> adverse = lines.stream()
                    .filter(l -> l.outturnVariance() != null && l.outturnVariance().signum() > 0).toList();
            List<FinanceLineView> favourable = lines.stream()
                    .filter(l -> l.outturnVariance() != null && l.outturnVariance().signum() < 0).toList();
            java.util.function.Function<List<FinanceLineView>, String> sum = ls -> uk.gov.sli.rules.Money.format(ls.stream()
                    .map(FinanceLineView::outturnVariance).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add));
            String largest = adverse.stream().max(java.util.Comparator.comparing(FinanceLineView::outturnVariance))
                    .map(l -> "; the largest is " + l.description() + " (" + uk.gov.sli.rules.Money.format(l.outturnVariance()) + ")")
                    .orElse("");
            return adverse.size() + (adverse.size() == 1 ? " line is" : " lines are") + " forecast adverse to budget by "
                    + sum.apply(adverse) + " in all" + largest + "; " + favourable.size()
                    + (favourable.size() == 1 ? " line is" : " lines are") + " favourable by " + sum.apply(favourable)
                    + " (£000s).";
        }

        public List<FinanceLineView> linesOf(String section) {
            return lines.stream().filter(l -> l.section().equals(section)).toList();
        }

        public FinanceLineView totalOf(String section) {
            return totals.stream().filter(t -> t.section().equals(section)).findFirst().orElse(null);
        }

        public FinanceLineView net() {
            return totals.get(totals.size() - 1);
        }
    }

    public static final String NET = "Net position";

    @Inject
    SliConfig config;

    @Inject
    SignOffService signOff;

    /** The period asked for, or the latest one with lines. */
    @Transactional
    public FinanceTable atPeriod(String yearId, Integer period) {
        MouYear year = MouYear.require(yearId);
        List<Integer> periods = FinanceLine.periods(yearId);
        Integer chosen = period != null ? Integer.valueOf(checkPeriod(period))
                : periods.isEmpty() ? null : periods.get(periods.size() - 1);
        List<FinanceLine> stored = chosen == null ? new ArrayList<>() : new ArrayList<>(FinanceLine.forPeriod(yearId, chosen));
        stored.sort(Comparator.comparing((FinanceLine l) -> l.section).thenComparingInt(l -> l.displayOrder));
        Thresholds thresholds = config.finance().thresholds();
        List<FinanceLineView> lines = stored.stream().map(l -> row(l, thresholds)).toList();
        List<FinanceLineView> totals = new ArrayList<>();
        for (FinanceSection section : FinanceSection.values()) {
            List<FinanceLine> inSection = stored.stream().filter(l -> l.section == section).toList();
            if (!inSection.isEmpty()) {
                totals.add(total(section.label(), section.totalLabel(), inSection, thresholds));
            }
        }
        if (!stored.isEmpty()) {
            totals.add(total(NET, "Net position (surplus) / deficit", stored, thresholds));
        }
        return new FinanceTable(year.id, year.label, chosen, periods, lines, totals, thresholds,
                chosen == null ? List.of() : reconcile(yearId, chosen, totals));
    }

    /**
     * Where the accounts as printed gave a total that differs from the sum of its lines, a note with both figures and
     * the difference: the service's totals are always the sums, and the board can see why they differ from its paper.
     */
    private List<String> reconcile(String yearId, int period, List<FinanceLineView> totals) {
        List<Object[]> printed = FinanceLine.getEntityManager().createNativeQuery("select total, budget_ytd, actual_ytd, "
                + "budget_year, forecast_outturn from finance_printed_total where year_id = ?1 and period = ?2", Object[].class)
                .setParameter(1, yearId).setParameter(2, period).getResultList();
        List<String> notes = new ArrayList<>();
        for (FinanceLineView computed : totals) {
            Object[] p = printed.stream().filter(row -> "NET".equals(row[0]) ? computed.section().equals(NET)
                    : computed.section().equals(FinanceSection.valueOf((String) row[0]).label())).findFirst().orElse(null);
            if (p == null) {
                continue;
            }
            String[] names = { "budget to date", "actuals to date", "budget for the year", "forecast outturn" };
            BigDecimal[] sums = { computed.budgetYtd(), computed.actualYtd(), computed.budgetYear(), computed.forecastOutturn() };
            for (int i = 0; i < names.length; i++) {
                BigDecimal printedAmount = (BigDecimal) p[i + 1];
                BigDecimal sum = sums[i] == null ? BigDecimal.ZERO : sums[i];
                if (printedAmount != null && printedAmount.compareTo(sum) != 0) {
                    notes.add(computed.description() + ", " + names[i] + ": printed " + money(printedAmount)
                            + ", its lines add up to " + money(sum) + ", a difference of "
                            + money(printedAmount.subtract(sum).abs()) + ".");
                }
            }
        }
        return notes;
    }

    /** Nil written as a word in a sentence, where a lone "-" would read as a dash. */
    private static String money(BigDecimal value) {
        return value.signum() == 0 ? "nil" : uk.gov.sli.rules.Money.format(value);
    }

    /** Replaces a period's printed totals (kept only to be compared): every row valid, or nothing stored. */
    @Transactional
    public int importPrintedTotals(String yearId, Integer period, Table table) {
        MouYear.require(yearId);
        if (period == null) {
            throw new InvalidInputException("period", "period is required, e.g. ?period=7");
        }
        checkPeriod(period);
        List<Line<PrintedTotalImport.PrintedRow>> rows = PrintedTotalImport.SPEC.read(table);
        var em = FinanceLine.getEntityManager();
        em.createNativeQuery("delete from finance_printed_total where year_id = ?1 and period = ?2")
                .setParameter(1, yearId).setParameter(2, period).executeUpdate();
        for (Line<PrintedTotalImport.PrintedRow> line : rows) {
            var r = line.row();
            em.createNativeQuery("insert into finance_printed_total values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                    .setParameter(1, yearId).setParameter(2, period).setParameter(3, r.total())
                    .setParameter(4, r.budgetYtd()).setParameter(5, r.actualYtd()).setParameter(6, r.budgetYear())
                    .setParameter(7, r.forecastOutturn()).executeUpdate();
        }
        return rows.size();
    }

    /**
     * The accounts a view as at a quarter shows: for a signed-off quarter, those in its snapshot; otherwise the
     * period asked for, or the one that closes the quarter, or failing that the latest before it, or the latest held.
     */
    @Transactional
    public FinanceTable forQuarter(String yearId, Quarter quarter, Integer period) {
        if (period == null) {
            var frozen = signOff.part(yearId, quarter, FinanceSnapshotPart.NAME, FinanceTable.class);
            if (frozen.isPresent()) {
                return frozen.get();
            }
        }
        return atPeriod(yearId, period != null ? period : periodFor(yearId, quarter));
    }

    Integer periodFor(String yearId, Quarter quarter) {
        List<Integer> periods = FinanceLine.periods(yearId);
        return periods.stream().filter(p -> p <= quarter.closingPeriod()).reduce((a, b) -> b)
                .orElse(periods.isEmpty() ? null : periods.get(periods.size() - 1));
    }

    /** Upserts a period's lines by section and description: every row valid, or nothing stored. */
    @Transactional
    public int importPeriod(String yearId, Integer period, Table table) {
        MouYear.require(yearId);
        if (period == null) {
            throw new InvalidInputException("period", "period is required, e.g. ?period=7");
        }
        checkPeriod(period);
        List<Line<FinanceRow>> rows = FinanceImport.SPEC.read(table);
        Map<String, FinanceLine> existing = new HashMap<>();
        for (FinanceLine line : FinanceLine.forPeriod(yearId, period)) {
            existing.put(line.section + "/" + line.description, line);
        }
        int nextOrder = existing.values().stream().mapToInt(l -> l.displayOrder).max().orElse(0) + 1;
        for (Line<FinanceRow> valid : rows) {
            FinanceRow row = valid.row();
            FinanceLine line = existing.get(row.section() + "/" + row.description());
            if (line == null) {
                line = new FinanceLine();
                line.yearId = yearId;
                line.period = (short) period.intValue();
                line.section = row.section();
                line.description = row.description();
                line.displayOrder = nextOrder++;
            }
            line.budgetYtd = row.budgetYtd();
            line.actualYtd = row.actualYtd();
            line.budgetYear = row.budgetYear();
            line.forecastOutturn = row.forecastOutturn();
            line.commentary = row.commentary();
            line.ragOverride = row.ragOverride();
            line.ragReason = row.ragReason();
            if (line.id == null) {
                line.persist();
            }
        }
        return rows.size();
    }

    static int checkPeriod(int period) {
        if (period < 1 || period > 12) {
            throw new InvalidInputException("period", "period must be 1 to 12 (April is 1), not " + period);
        }
        return period;
    }

    private static FinanceLineView row(FinanceLine line, Thresholds thresholds) {
        LineAssessment a = FinanceRules.assess(line.budgetYtd, line.actualYtd, line.budgetYear, line.forecastOutturn,
                line.ragOverride, thresholds);
        return new FinanceLineView(line.section.label(), line.description, false, Numbers.plain(line.budgetYtd),
                Numbers.plain(line.actualYtd), Numbers.plain(a.varianceYtd()), Numbers.plain(line.budgetYear),
                Numbers.plain(line.forecastOutturn), Numbers.plain(a.outturnVariance()), a.variancePercent(),
                a.computedRag(), a.rag(), a.ragOverridden(), a.ragOverridden() ? line.ragReason : null, line.commentary);
    }

    /** Totals are sums of the lines, never typed in; a total's RAG is computed, never overridden. */
    private static FinanceLineView total(String section, String description, List<FinanceLine> lines,
            Thresholds thresholds) {
        BigDecimal budgetYtd = sum(lines, l -> l.budgetYtd);
        BigDecimal actualYtd = sum(lines, l -> l.actualYtd);
        BigDecimal budgetYear = sum(lines, l -> l.budgetYear);
        BigDecimal forecast = sum(lines, l -> l.forecastOutturn);
        LineAssessment a = FinanceRules.assess(budgetYtd, actualYtd, budgetYear, forecast, null, thresholds);
        return new FinanceLineView(section, description, true, Numbers.plain(budgetYtd), Numbers.plain(actualYtd),
                Numbers.plain(a.varianceYtd()), Numbers.plain(budgetYear), Numbers.plain(forecast),
                Numbers.plain(a.outturnVariance()), a.variancePercent(), a.computedRag(), a.rag(), false, null, null);
    }

    private static BigDecimal sum(List<FinanceLine> lines, Function<FinanceLine, BigDecimal> amount) {
        BigDecimal total = null;
        for (FinanceLine line : lines) {
            BigDecimal value = amount.apply(line);
            if (value != null) {
                total = total == null ? value : total.add(value);
            }
        }
        return total;
    }
}

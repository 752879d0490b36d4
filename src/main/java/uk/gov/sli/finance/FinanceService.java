package uk.gov.sli.finance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import uk.gov.sli.mou.DeliverablesService;
import uk.gov.sli.mou.MouYear;
import uk.gov.sli.mou.Years;
import uk.gov.sli.rules.FinanceRules;
import uk.gov.sli.rules.FinanceRules.LineAssessment;
import uk.gov.sli.rules.FinanceRules.Thresholds;
import uk.gov.sli.rules.Rag;

/** The management accounts at a period through rule 8, with section totals and the net position computed. */
@ApplicationScoped
public class FinanceService {

    public record FinanceRow(String section, String description, BigDecimal budgetYtd, BigDecimal actualYtd,
            BigDecimal varianceYtd, BigDecimal budgetYear, BigDecimal forecastOutturn, BigDecimal outturnVariance,
            BigDecimal variancePercent, Rag computedRag, Rag rag, boolean ragOverridden, String ragReason,
            String commentary) {
    }

    public record FinanceTable(String year, String label, Integer period, List<Integer> periods, List<FinanceRow> lines,
            List<FinanceRow> totals, Thresholds thresholds) {

        public List<FinanceRow> linesOf(String section) {
            return lines.stream().filter(l -> l.section().equals(section)).toList();
        }

        public FinanceRow totalOf(String section) {
            return totals.stream().filter(t -> t.section().equals(section)).findFirst().orElse(null);
        }

        public FinanceRow net() {
            return totals.get(totals.size() - 1);
        }
    }

    public static final String NET = "Net position";

    @ConfigProperty(name = "sli.finance.amber-above-percent", defaultValue = "5")
    BigDecimal amberAbove;

    @ConfigProperty(name = "sli.finance.red-above-percent", defaultValue = "10")
    BigDecimal redAbove;

    public Thresholds thresholds() {
        return new Thresholds(amberAbove, redAbove);
    }

    /** The period asked for, or the latest one with lines. */
    @Transactional
    public FinanceTable atPeriod(String yearId, Integer period) {
        MouYear year = Years.require(yearId);
        List<Integer> periods = FinanceLine.periods(yearId);
        Integer chosen = period != null ? period : periods.isEmpty() ? null : periods.get(periods.size() - 1);
        if (chosen != null) {
            FinanceImporter.checkPeriod(chosen);
        }
        List<FinanceLine> stored = chosen == null ? new ArrayList<>() : new ArrayList<>(FinanceLine.forPeriod(yearId, chosen));
        stored.sort(Comparator.comparing((FinanceLine l) -> l.section).thenComparingInt(l -> l.displayOrder));
        Thresholds thresholds = thresholds();
        List<FinanceRow> lines = stored.stream().map(l -> row(l, thresholds)).toList();
        List<FinanceRow> totals = new ArrayList<>();
        for (FinanceSection section : FinanceSection.values()) {
            List<FinanceLine> inSection = stored.stream().filter(l -> l.section == section).toList();
            if (!inSection.isEmpty()) {
                totals.add(total(section.label(), section.totalLabel(), inSection, thresholds));
            }
        }
        if (!stored.isEmpty()) {
            totals.add(total(NET, "Net position (surplus) / deficit", stored, thresholds));
        }
        return new FinanceTable(year.id, year.label, chosen, periods, lines, totals, thresholds);
    }

    private static FinanceRow row(FinanceLine line, Thresholds thresholds) {
        LineAssessment a = FinanceRules.assess(line.budgetYtd, line.actualYtd, line.budgetYear, line.forecastOutturn,
                line.ragOverride, thresholds);
        return new FinanceRow(line.section.label(), line.description, plain(line.budgetYtd), plain(line.actualYtd),
                plain(a.varianceYtd()), plain(line.budgetYear), plain(line.forecastOutturn), plain(a.outturnVariance()),
                a.variancePercent(), a.computedRag(), a.rag(), a.ragOverridden(),
                a.ragOverridden() ? line.ragReason : null, line.commentary);
    }

    /** Totals are sums of the lines, never typed in; a total's RAG is computed, never overridden. */
    private static FinanceRow total(String section, String description, List<FinanceLine> lines, Thresholds thresholds) {
        BigDecimal budgetYtd = sum(lines, l -> l.budgetYtd);
        BigDecimal actualYtd = sum(lines, l -> l.actualYtd);
        BigDecimal budgetYear = sum(lines, l -> l.budgetYear);
        BigDecimal forecast = sum(lines, l -> l.forecastOutturn);
        LineAssessment a = FinanceRules.assess(budgetYtd, actualYtd, budgetYear, forecast, null, thresholds);
        return new FinanceRow(section, description, plain(budgetYtd), plain(actualYtd), plain(a.varianceYtd()),
                plain(budgetYear), plain(forecast), plain(a.outturnVariance()), a.variancePercent(), a.computedRag(),
                a.rag(), false, null, null);
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

    private static BigDecimal plain(BigDecimal value) {
        return DeliverablesService.plain(value);
    }
}

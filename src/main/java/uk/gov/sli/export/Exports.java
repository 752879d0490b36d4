package uk.gov.sli.export;

import static uk.gov.sli.export.SheetTable.number;
import static uk.gov.sli.export.SheetTable.percent;
import static uk.gov.sli.export.SheetTable.text;

import java.util.ArrayList;
import java.util.List;

import uk.gov.sli.finance.FinanceService.FinanceRow;
import uk.gov.sli.finance.FinanceService.FinanceTable;
import uk.gov.sli.mou.DeliverableRow;
import uk.gov.sli.mou.Target;
import uk.gov.sli.mou.YearDeliverables;
import uk.gov.sli.rules.KeyTargetSummary;
import uk.gov.sli.rules.Quarter;
import uk.gov.sli.export.SheetTable.Cell;

/** The tables the board and the ministry see, built from the same calculated rows as the pages and the API. */
public final class Exports {

    public static final List<String> ANNEX_B_HEADERS = List.of("Theme", "Code", "Deliverable", "Target", "Apr-Jun",
            "Jul-Sep", "Oct-Dec", "Jan-Mar", "Total", "% achieved", "RAG", "Commentary");

    private Exports() {
    }

    public static SheetTable annexB(YearDeliverables year) {
        List<List<Cell>> rows = new ArrayList<>();
        for (DeliverableRow r : year.targets()) {
            rows.add(List.of(text(r.theme()), text(r.code()), text(r.title()), number(r.target()),
                    number(r.quarters().get("Q1")), number(r.quarters().get("Q2")), number(r.quarters().get("Q3")),
                    number(r.quarters().get("Q4")), number(r.total()), percent(r.percentAchieved()),
                    text(r.rag().label()), text(r.commentary())));
        }
        return new SheetTable("Annex B", ANNEX_B_HEADERS, rows);
    }

    public static SheetTable annexA(YearDeliverables year) {
        List<List<Cell>> rows = new ArrayList<>();
        for (DeliverableRow r : year.targets()) {
            if (!r.key()) {
                continue;
            }
            rows.add(List.of(text(r.theme()), text(r.code()), text(r.description() == null ? r.title() : r.description()),
                    text(r.commentary()), text(r.rag().label()), text(r.ragOverridden() ? r.ragReason() : null)));
        }
        return new SheetTable("Annex A", List.of("Theme", "Code", "MoU commitment", "What we delivered",
                "Traffic light", "Reason for the traffic light"), rows);
    }

    public static SheetTable summary(YearDeliverables year) {
        KeyTargetSummary s = year.summary();
        Quarter quarter = Quarter.parse(year.quarter());
        List<List<Cell>> rows = List.of(
                List.of(text("Year"), text(year.label())),
                List.of(text("Quarter"), text(quarter + " (" + quarter.months() + ")")),
                List.of(text("Summary"), text(s.sentence(quarter))),
                List.of(text("Key targets"), number(java.math.BigDecimal.valueOf(s.keyTargets()))),
                List.of(text("Green"), number(java.math.BigDecimal.valueOf(s.green()))),
                List.of(text("Amber"), number(java.math.BigDecimal.valueOf(s.amber()))),
                List.of(text("Red"), number(java.math.BigDecimal.valueOf(s.red()))),
                List.of(text("Not reported"), number(java.math.BigDecimal.valueOf(s.notReported()))),
                List.of(text("Not assessed"), number(java.math.BigDecimal.valueOf(s.notAssessed()))),
                List.of(text("Met or exceeded"), number(java.math.BigDecimal.valueOf(s.metOrExceeded()))));
        return new SheetTable("Summary", List.of("Item", "Value"), rows);
    }

    public static SheetTable finance(FinanceTable table) {
        List<List<Cell>> rows = new ArrayList<>();
        for (FinanceRow r : table.lines()) {
            rows.add(financeRow(r));
        }
        for (FinanceRow r : table.totals()) {
            rows.add(financeRow(r));
        }
        return new SheetTable("Finance", List.of("Section", "Description", "Budget YTD", "Actuals YTD", "Variance YTD",
                "Budget year", "Forecast outturn", "Budget to outturn variance", "Variance %", "RAG", "Commentary"), rows);
    }

    private static List<Cell> financeRow(FinanceRow r) {
        return List.of(text(r.section()), text(r.description()), number(r.budgetYtd()), number(r.actualYtd()),
                number(r.varianceYtd()), number(r.budgetYear()), number(r.forecastOutturn()),
                number(r.outturnVariance()), number(r.variancePercent()),
                text(r.description().startsWith("Total") || r.description().startsWith("Net") ? null : r.rag().label()),
                text(r.commentary()));
    }

    /** Every stored figure in the figures import's own columns, for export, edit and import back. */
    public static SheetTable figures(List<Target> targets) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Target t : targets) {
            for (var f : t.figures) {
                rows.add(List.of(text(t.code), text(f.quarter().name()), number(uk.gov.sli.mou.DeliverablesService.plain(f.value)), text(f.commentary),
                        text(f.ragOverride == null ? null : f.ragOverride.name()), text(f.ragReason)));
            }
        }
        return new SheetTable("Figures", List.of("code", "quarter", "value", "commentary", "rag_override", "rag_reason"), rows);
    }

    /** Every target in the targets import's own columns. */
    public static SheetTable targets(List<Target> targets) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Target t : targets) {
            rows.add(List.of(text(t.code), text(t.theme.name), text(t.title), text(t.description), number(t.targetValue),
                    text(t.unit), text(t.measure.label()), text(t.profile().toString()), number(uk.gov.sli.mou.DeliverablesService.plain(t.amberThreshold)),
                    text(String.valueOf(t.keyTarget))));
        }
        return new SheetTable("Targets", List.of("code", "theme", "title", "description", "target", "unit", "measure",
                "profile", "amber_threshold", "key"), rows);
    }
}

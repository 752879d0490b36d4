package uk.gov.sli.finance;

import static uk.gov.sli.tables.SheetTable.money;
import static uk.gov.sli.tables.SheetTable.number;
import static uk.gov.sli.tables.SheetTable.status;
import static uk.gov.sli.tables.SheetTable.text;

import java.util.ArrayList;
import java.util.List;

import uk.gov.sli.finance.FinanceService.FinanceLineView;
import uk.gov.sli.finance.FinanceService.FinanceTable;
import uk.gov.sli.rules.YearId;
import uk.gov.sli.tables.SheetTable;
import uk.gov.sli.tables.SheetTable.Cell;

/** The finance table as the ministry's spreadsheets show it: lines, then the computed totals. */
public final class FinanceSheets {

    private FinanceSheets() {
    }

    /** The finance table on its own (finance.xlsx): titled with the year and the period it is as at. */
    public static SheetTable finance(FinanceTable table) {
        return finance(table, null);
    }

    /** As {@link #finance(FinanceTable)}, with a status line under the title, such as the quarter's sign-off. */
    public static SheetTable finance(FinanceTable table, String status) {
        List<String> title = new ArrayList<>();
        title.add("Management accounts, " + table.label());
        title.add(table.period() == null ? "No management accounts entered for the year yet"
                : asAt(uk.gov.sli.rules.YearId.parse(table.year()), table.period())
                        + "; £000s, brackets are income or a surplus");
        if (status != null) {
            title.add(status);
        }
        return lines(table).withTitle(title);
    }

    /** "Management accounts as at period 7 (October), 31 October 2015". */
    public static String asAt(YearId id, int period) {
        java.time.LocalDate end = id.periodEnd(period);
        return "Management accounts as at period " + period + " ("
                + end.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK) + "), "
                + uk.gov.sli.rules.Money.day(end);
    }

    private static SheetTable lines(FinanceTable table) {
        List<List<Cell>> rows = new ArrayList<>();
        for (FinanceLineView r : table.lines()) {
            rows.add(row(r));
        }
        for (FinanceLineView r : table.totals()) {
            rows.add(row(r));
        }
        return new SheetTable("Finance", List.of("Section", "Description", "Budget YTD £000s", "Actuals YTD £000s",
                "Variance YTD £000s", "Budget year £000s", "Forecast outturn £000s", "Budget to outturn variance £000s",
                "Variance %", "RAG", "Commentary"), rows);
    }

    private static List<Cell> row(FinanceLineView r) {
        return List.of(text(r.section()), text(r.description()), money(r.budgetYtd()), money(r.actualYtd()),
                money(r.varianceYtd()), money(r.budgetYear()), money(r.forecastOutturn()),
                money(r.outturnVariance()), number(r.variancePercent()),
                r.total() ? text(null) : status(r.rag().label() + (r.ragOverridden() ? " (set by the finance team)" : ""),
                        r.rag().name()),
                text(r.commentary()));
    }
}

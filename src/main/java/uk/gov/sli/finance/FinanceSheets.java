package uk.gov.sli.finance;

import static uk.gov.sli.tables.SheetTable.number;
import static uk.gov.sli.tables.SheetTable.text;

import java.util.ArrayList;
import java.util.List;

import uk.gov.sli.finance.FinanceService.FinanceLineView;
import uk.gov.sli.finance.FinanceService.FinanceTable;
import uk.gov.sli.tables.SheetTable;
import uk.gov.sli.tables.SheetTable.Cell;

/** The finance table as the ministry's spreadsheets show it: lines, then the computed totals. */
public final class FinanceSheets {

    private FinanceSheets() {
    }

    public static SheetTable finance(FinanceTable table) {
        List<List<Cell>> rows = new ArrayList<>();
        for (FinanceLineView r : table.lines()) {
            rows.add(row(r));
        }
        for (FinanceLineView r : table.totals()) {
            rows.add(row(r));
        }
        return new SheetTable("Finance", List.of("Section", "Description", "Budget YTD", "Actuals YTD", "Variance YTD",
                "Budget year", "Forecast outturn", "Budget to outturn variance", "Variance %", "RAG", "Commentary"), rows);
    }

    private static List<Cell> row(FinanceLineView r) {
        return List.of(text(r.section()), text(r.description()), number(r.budgetYtd()), number(r.actualYtd()),
                number(r.varianceYtd()), number(r.budgetYear()), number(r.forecastOutturn()),
                number(r.outturnVariance()), number(r.variancePercent()), text(r.total() ? null : r.rag().label()),
                text(r.commentary()));
    }
}

package uk.gov.sli.finance;

import java.math.BigDecimal;
import java.util.List;

import uk.gov.sli.rules.InvalidInputException;
import uk.gov.sli.rules.Money;
import uk.gov.sli.tables.Column;
import uk.gov.sli.tables.TableSpec;

/**
 * The totals a period's accounts printed, declared once: kept only to be compared with the totals the service
 * computes from the lines, never used in their place. {@code total} is a section or "Net".
 */
public final class PrintedTotalImport {

    public record PrintedRow(String total, BigDecimal budgetYtd, BigDecimal actualYtd, BigDecimal budgetYear,
            BigDecimal forecastOutturn) {
    }

    static final Column<String> TOTAL = Column.required("total", PrintedTotalImport::total);
    static final Column<BigDecimal> BUDGET_YTD = Column.optional("budget_ytd", Money::parse);
    static final Column<BigDecimal> ACTUAL_YTD = Column.optional("actual_ytd", Money::parse);
    static final Column<BigDecimal> BUDGET_YEAR = Column.optional("budget_year", Money::parse);
    static final Column<BigDecimal> FORECAST_OUTTURN = Column.optional("forecast_outturn", Money::parse);

    public static final TableSpec<PrintedRow> SPEC = new TableSpec<>("printed totals",
            List.of(TOTAL, BUDGET_YTD, ACTUAL_YTD, BUDGET_YEAR, FORECAST_OUTTURN),
            cells -> new PrintedRow(cells.get(TOTAL), cells.get(BUDGET_YTD), cells.get(ACTUAL_YTD), cells.get(BUDGET_YEAR),
                    cells.get(FORECAST_OUTTURN)),
            List.of(TOTAL));

    private PrintedTotalImport() {
    }

    private static String total(String text) {
        if (text.equalsIgnoreCase("net")) {
            return "NET";
        }
        try {
            return FinanceSection.parse(text).name();
        } catch (InvalidInputException e) {
            throw new InvalidInputException("must be Core income, Core expenditure, Ring-fenced or Net, was '" + text + "'");
        }
    }
}

package uk.gov.sli.finance;

import java.math.BigDecimal;
import java.util.List;

import uk.gov.sli.rules.Money;
import uk.gov.sli.rules.Overrides;
import uk.gov.sli.rules.Rag;
import uk.gov.sli.tables.Cells;
import uk.gov.sli.tables.Column;
import uk.gov.sli.tables.TableSpec;
import uk.gov.sli.tables.Text;

/** The finance import, declared once: a period's lines, keyed by section and description. */
public final class FinanceImport {

    /** One valid line of the management accounts, in £000s, income negative. */
    public record FinanceRow(FinanceSection section, String description, BigDecimal budgetYtd, BigDecimal actualYtd,
            BigDecimal budgetYear, BigDecimal forecastOutturn, String commentary, Rag ragOverride, String ragReason) {
    }

    static final Column<FinanceSection> SECTION = Column.required("section", FinanceSection::parse);
    static final Column<String> DESCRIPTION = Column.required("description", Text.required(200));
    static final Column<BigDecimal> BUDGET_YTD = Column.optional("budget_ytd", Money::parse);
    static final Column<BigDecimal> ACTUAL_YTD = Column.optional("actual_ytd", Money::parse);
    static final Column<BigDecimal> BUDGET_YEAR = Column.optional("budget_year", Money::parse);
    static final Column<BigDecimal> FORECAST_OUTTURN = Column.optional("forecast_outturn", Money::parse);
    static final Column<String> COMMENTARY = Column.optional("commentary", Text.optional(20_000));
    static final Column<Rag> RAG_OVERRIDE = Column.optional("rag_override", text -> text.isEmpty() ? null : Rag.parseOverride(text));
    static final Column<String> RAG_REASON = Column.optional("rag_reason", Text.optional(5_000));

    public static final TableSpec<FinanceRow> SPEC = new TableSpec<>("finance",
            List.of(SECTION, DESCRIPTION, BUDGET_YTD, ACTUAL_YTD, BUDGET_YEAR, FORECAST_OUTTURN, COMMENTARY, RAG_OVERRIDE,
                    RAG_REASON),
            FinanceImport::row, List.of(SECTION, DESCRIPTION));

    private FinanceImport() {
    }

    private static FinanceRow row(Cells cells) {
        Rag override = cells.get(RAG_OVERRIDE);
        return new FinanceRow(cells.get(SECTION), cells.get(DESCRIPTION), cells.get(BUDGET_YTD), cells.get(ACTUAL_YTD),
                cells.get(BUDGET_YEAR), cells.get(FORECAST_OUTTURN), cells.get(COMMENTARY), override,
                Overrides.reasonFor(override, cells.get(RAG_REASON)));
    }
}

package uk.gov.sli.report;

import static uk.gov.sli.tables.SheetTable.number;
import static uk.gov.sli.tables.SheetTable.percent;
import static uk.gov.sli.tables.SheetTable.status;
import static uk.gov.sli.tables.SheetTable.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import uk.gov.sli.mou.DeliverableRow;
import uk.gov.sli.mou.YearDeliverables;
import uk.gov.sli.rules.KeyTargetSummary;
import uk.gov.sli.rules.Quarter;
import uk.gov.sli.rules.YearId;
import uk.gov.sli.tables.SheetTable;
import uk.gov.sli.tables.SheetTable.Cell;

/** The tables the board and the ministry see, built from the same rows as the pages and the API. */
public final class ReportSheets {

    public static final List<String> ANNEX_B_HEADERS = List.of("Theme", "Code", "Deliverable", "Target", "Apr-Jun",
            "Jul-Sep", "Oct-Dec", "Jan-Mar", "Total", "% achieved", "RAG", "Commentary");

    private ReportSheets() {
    }

    /** Annex B as at the quarter: later quarters are blank, not due (rule 9). */
    public static SheetTable annexB(YearDeliverables year) {
        List<List<Cell>> rows = new ArrayList<>();
        for (DeliverableRow r : year.targets()) {
            rows.add(List.of(text(r.theme()), text(r.code()), text(r.title()), number(r.target()),
                    number(r.quarters().get("Q1")), number(r.quarters().get("Q2")), number(r.quarters().get("Q3")),
                    number(r.quarters().get("Q4")), number(r.total()), percent(r.percentAchieved()),
                    status(ragText(r, year.quarter()), r.rag().name()), text(r.commentary())));
        }
        return titled(noted(new SheetTable("Annex B", ANNEX_B_HEADERS, rows), year), "Annex B: MoU deliverables", year);
    }

    public static SheetTable annexA(YearDeliverables year) {
        List<List<Cell>> rows = new ArrayList<>();
        for (DeliverableRow r : year.targets()) {
            if (!r.key()) {
                continue;
            }
            rows.add(List.of(text(r.theme()), text(r.code()), text(r.description() == null ? r.title() : r.description()),
                    text(r.commentary()), status(ragText(r, year.quarter()), r.rag().name()),
                    text(r.ragOverridden() ? r.ragReason() : null)));
        }
        return titled(noted(new SheetTable("Annex A", List.of("Theme", "Code", "MoU commitment", "What we delivered",
                "Traffic light", "Reason for the traffic light"), rows), year), "Annex A: key targets", year);
    }

    /** The pack's first sheet: what it is as at, the board's sentence, the counts, and the finance period it holds. */
    public static SheetTable summary(YearDeliverables year, Integer financePeriod) {
        KeyTargetSummary s = year.summary();
        Quarter quarter = year.quarter();
        YearId id = YearId.parse(year.year());
        List<List<Cell>> rows = List.of(
                List.of(text("Year"), text(year.label())),
                List.of(text("Quarter"), text(quarter + " (" + quarter.months() + ")")),
                List.of(text("As at"), text(uk.gov.sli.rules.Money.day(id.quarterEnd(quarter)))),
                List.of(text("Summary"), text(year.sentence())),
                List.of(text("Key targets"), number(BigDecimal.valueOf(s.keyTargets()))),
                List.of(text("Green"), number(BigDecimal.valueOf(s.green()))),
                List.of(text("Amber"), number(BigDecimal.valueOf(s.amber()))),
                List.of(text("Red"), number(BigDecimal.valueOf(s.red()))),
                List.of(text("Awaiting the quarter's figure"), number(BigDecimal.valueOf(s.notReported()))),
                List.of(text("Not assessed"), number(BigDecimal.valueOf(s.notAssessed()))),
                List.of(text("Met or exceeded"), number(BigDecimal.valueOf(s.metOrExceeded()))),
                List.of(text("Finance"), text(financePeriod == null ? "No management accounts entered for the year yet"
                        : uk.gov.sli.finance.FinanceSheets.asAt(id, financePeriod))),
                List.of(text("Status"), text(statusLine(year))));
        return titled(new SheetTable("Summary", List.of("Item", "Value"), rows), "MoU monitoring pack", year);
    }

    /** Draft until the quarter is signed off, then whose sign-off and its snapshot. */
    public static String statusLine(YearDeliverables year) {
        return year.signedOff() == null ? "Draft: " + year.quarter() + " is not signed off" : year.signedOff().statement();
    }

    private static SheetTable titled(SheetTable table, String heading, YearDeliverables year) {
        return table.withTitle(List.of(heading + ", " + year.label(), "As at " + year.quarter() + " (" + year.quarter().months()
                + "), " + uk.gov.sli.rules.Money.day(YearId.parse(year.year()).quarterEnd(year.quarter())), statusLine(year)));
    }

    /** The reported RAG in words; a figure not yet reported reads "Awaiting Q3 figure" (rule 4). */
    static String ragText(DeliverableRow r, Quarter asAt) {
        return r.rag() == uk.gov.sli.rules.Rag.NOT_REPORTED ? "Awaiting " + asAt + " figure" : r.rag().label();
    }

    private static SheetTable noted(SheetTable table, YearDeliverables year) {
        return year.signedOff() == null ? table : table.withNote(year.signedOff().statement());
    }
}

package uk.gov.sli.mou;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import uk.gov.sli.rules.Numbers;
import uk.gov.sli.rules.Overrides;
import uk.gov.sli.rules.Quarter;
import uk.gov.sli.rules.Rag;
import uk.gov.sli.tables.Cells;
import uk.gov.sli.tables.Column;
import uk.gov.sli.tables.SheetTable;
import uk.gov.sli.tables.TableSpec;
import uk.gov.sli.tables.Text;

/**
 * The figures import, declared once. A column left out of the file keeps what is stored; a column present with an
 * empty cell clears it. Key: target code and quarter.
 */
public final class FigureImport {

    /** One valid line: the fields of one target's quarter it sets. */
    public record FigureRow(String code, Quarter quarter, FigureChange.Field<BigDecimal> value,
            FigureChange.Field<String> commentary, FigureChange.Field<Rag> ragOverride,
            FigureChange.Field<String> ragReason) {
    }

    static final Column<String> CODE = Column.required("code", Text.required(20));
    static final Column<Quarter> QUARTER = Column.required("quarter", Quarter::parse);
    static final Column<BigDecimal> VALUE = Column.optional("value", text -> Numbers.parseOrNone(text, Numbers.Range.FIGURE));
    static final Column<String> COMMENTARY = Column.optional("commentary", Text.optional(20_000));
    static final Column<Rag> RAG_OVERRIDE = Column.optional("rag_override", text -> text.isEmpty() ? null : Rag.parseOverride(text));
    static final Column<String> RAG_REASON = Column.optional("rag_reason", Text.optional(5_000));

    public static final TableSpec<FigureRow> SPEC = new TableSpec<>("figures",
            List.of(CODE, QUARTER, VALUE, COMMENTARY, RAG_OVERRIDE, RAG_REASON), FigureImport::row,
            List.of(CODE, QUARTER));

    private FigureImport() {
    }

    private static FigureRow row(Cells cells) {
        Rag override = cells.get(RAG_OVERRIDE);
        String reason = Overrides.reasonFor(override, cells.get(RAG_REASON));
        return new FigureRow(cells.get(CODE), cells.get(QUARTER),
                cells.has(VALUE) ? FigureChange.Field.of(cells.get(VALUE)) : FigureChange.Field.keep(),
                cells.has(COMMENTARY) ? FigureChange.Field.of(cells.get(COMMENTARY)) : FigureChange.Field.keep(),
                cells.has(RAG_OVERRIDE) ? FigureChange.Field.of(override) : FigureChange.Field.keep(),
                cells.has(RAG_OVERRIDE) ? FigureChange.Field.of(reason) : FigureChange.Field.keep());
    }

    /** Every stored figure in the import's own columns, to edit in a spreadsheet and import back. */
    public static SheetTable sheet(List<Target> targets) {
        List<List<SheetTable.Cell>> rows = new ArrayList<>();
        for (Target t : targets) {
            for (QuarterlyFigure f : t.figures) {
                rows.add(List.of(SheetTable.text(t.code), SheetTable.text(f.quarter().name()),
                        SheetTable.number(Numbers.plain(f.value)), SheetTable.text(f.commentary),
                        SheetTable.text(f.ragOverride == null ? null : f.ragOverride.name()), SheetTable.text(f.ragReason)));
            }
        }
        return new SheetTable("Figures", SPEC.headers(), rows);
    }
}

package uk.gov.sli.headline;

import java.math.BigDecimal;
import java.util.List;

import uk.gov.sli.rules.Numbers;
import uk.gov.sli.tables.Column;
import uk.gov.sli.tables.TableSpec;
import uk.gov.sli.tables.Text;

/** The headline figures import, declared once: figures a year's documents state, each with its source. */
public final class HeadlineImport {

    public record HeadlineRow(String measure, BigDecimal value, String qualifier, String source) {
    }

    static final Column<String> MEASURE = Column.required("measure",
            Text.matching("[a-z][a-z0-9_]{0,59}", "lower_case_with_underscores, at most 60 characters"));
    static final Column<BigDecimal> VALUE = Column.required("value", text -> Numbers.parse(text, Numbers.Range.FIGURE));
    static final Column<String> QUALIFIER = Column.optional("qualifier", Text.optional(20));
    static final Column<String> SOURCE = Column.required("source", Text.required(2000));

    public static final TableSpec<HeadlineRow> SPEC = new TableSpec<>("headlines",
            List.of(MEASURE, VALUE, QUALIFIER, SOURCE),
            cells -> new HeadlineRow(cells.get(MEASURE), cells.get(VALUE), cells.get(QUALIFIER), cells.get(SOURCE)),
            List.of(MEASURE));

    private HeadlineImport() {
    }
}

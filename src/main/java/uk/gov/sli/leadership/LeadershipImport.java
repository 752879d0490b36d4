package uk.gov.sli.leadership;

import java.math.BigDecimal;
import java.util.List;

import uk.gov.sli.rules.Numbers;
import uk.gov.sli.tables.Column;
import uk.gov.sli.tables.TableSpec;
import uk.gov.sli.tables.Text;

/** The leadership imports, declared once: bookings by programme and category, and satisfaction scores by module. */
public final class LeadershipImport {

    public record BookingRow(String dimension, String category, String programme, int bookings) {
    }

    public record ScoreRow(String programme, String module, BigDecimal score) {
    }

    static final Column<String> DIMENSION = Column.required("dimension", Text.oneOf(LeadershipBooking.DIMENSIONS));
    static final Column<String> CATEGORY = Column.required("category", Text.required(100));
    static final Column<String> PROGRAMME = Column.required("programme", Text.oneOf(LeadershipBooking.PROGRAMMES));
    static final Column<Integer> BOOKINGS = Column.required("bookings",
            text -> Numbers.parse(text, Numbers.Range.BOOKINGS).intValueExact());
    static final Column<String> MODULE = Column.required("module", Text.required(100));
    static final Column<BigDecimal> SCORE = Column.required("score", text -> Numbers.parse(text, Numbers.Range.SCORE));

    public static final TableSpec<BookingRow> BOOKING_SPEC = new TableSpec<>("leadership bookings",
            List.of(DIMENSION, CATEGORY, PROGRAMME, BOOKINGS),
            cells -> new BookingRow(cells.get(DIMENSION), cells.get(CATEGORY), cells.get(PROGRAMME), cells.get(BOOKINGS)),
            List.of(DIMENSION, CATEGORY, PROGRAMME));

    public static final TableSpec<ScoreRow> SCORE_SPEC = new TableSpec<>("leadership satisfaction",
            List.of(PROGRAMME, MODULE, SCORE),
            cells -> new ScoreRow(cells.get(PROGRAMME), cells.get(MODULE), cells.get(SCORE)),
            List.of(PROGRAMME, MODULE));

    private LeadershipImport() {
    }
}

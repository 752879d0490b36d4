package uk.gov.sli.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A chart's numbers: labels along one axis and named series of values (null = no value). */
public record ChartData(List<String> labels, List<Series> series, String unit) {

    /** A series whose values are adverse (drawn red and hatched) or favourable (drawn green), on every chart alike. */
    public static final String ADVERSE = "adverse";
    public static final String FAVOURABLE = "favourable";

    /** {@code tone} is {@link #ADVERSE}, {@link #FAVOURABLE} or null for a series that is neither. */
    public record Series(String label, List<BigDecimal> data, String tone) {
        public Series(String label, List<BigDecimal> data) {
            this(label, data, null);
        }
    }

    /**
     * Row and column totals, as the source prints them beside a breakdown (the 764 leadership bookings by party, by
     * region...): {@code byLabel} across the series for each label, {@code bySeries} down each series, and
     * {@code all}. A total of nothing but blanks is blank.
     */
    public record Totals(List<BigDecimal> byLabel, List<BigDecimal> bySeries, BigDecimal all) {
    }

    public Totals totals() {
        List<BigDecimal> byLabel = new ArrayList<>();
        for (int l = 0; l < labels.size(); l++) {
            List<BigDecimal> row = new ArrayList<>();
            for (Series s : series) {
                row.add(s.data().get(l));
            }
            byLabel.add(sum(row));
        }
        List<BigDecimal> bySeries = series.stream().map(s -> sum(s.data())).toList();
        return new Totals(byLabel, bySeries, sum(bySeries));
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().filter(Objects::nonNull).reduce(BigDecimal::add).orElse(null);
    }
}

package uk.gov.sli.dashboard;

import java.math.BigDecimal;
import java.util.List;

/** A chart's numbers: labels along one axis and named series of values (null = no value). */
public record ChartData(List<String> labels, List<Series> series, String unit) {

    public record Series(String label, List<BigDecimal> data) {
    }

    /** The value of a series at a label, for the table under the chart. */
    public BigDecimal value(int series, int label) {
        return this.series.get(series).data().get(label);
    }
}

package uk.gov.sli.dashboard;

import java.util.List;
import java.util.Map;

/** A dashboard as declared in {@code dashboards/{id}.yaml}. */
public record DashboardDefinition(String id, String title, String description, List<Panel> panels) {

    /** {@code totals}: the table under the chart adds a total to each row and column, as the source prints them. */
    public record Panel(String id, String title, String chart, String source, Map<String, String> params, Boolean totals) {

        public boolean withTotals() {
            return Boolean.TRUE.equals(totals);
        }
    }
}

package uk.gov.sli.dashboard;

import java.util.List;
import java.util.Map;

/** A dashboard as declared in {@code dashboards/{id}.yaml}. */
public record DashboardDefinition(String id, String title, String description, List<Panel> panels) {

    public record Panel(String id, String title, String chart, String source, Map<String, String> params) {
    }
}

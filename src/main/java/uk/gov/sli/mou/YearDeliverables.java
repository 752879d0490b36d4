package uk.gov.sli.mou;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.gov.sli.rules.KeyTargetSummary;

/** A year's deliverables as at a quarter: the rows the year page, the API and the exports all show. */
public record YearDeliverables(String year, String label, String quarter, List<DeliverableRow> targets,
        KeyTargetSummary summary) {

    /** Rows grouped by theme, in display order. */
    public Map<String, List<DeliverableRow>> byTheme() {
        Map<String, List<DeliverableRow>> grouped = new LinkedHashMap<>();
        for (DeliverableRow row : targets) {
            grouped.computeIfAbsent(row.theme(), t -> new ArrayList<>()).add(row);
        }
        return grouped;
    }
}

package uk.gov.sli.mou;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;

import uk.gov.sli.rules.KeyTargetSummary;
import uk.gov.sli.rules.Quarter;
import uk.gov.sli.signoff.SignedOff;

/**
 * A year's deliverables as at a quarter: the rows the year page, the API and the exports all show. For a
 * signed-off quarter it is read from the snapshot and {@code signedOff} says whose and which.
 */
public record YearDeliverables(String year, String label, Quarter quarter, List<DeliverableRow> targets,
        KeyTargetSummary summary, SignedOff signedOff) {

    /** Rows grouped by theme, in display order. */
    @JsonIgnore
    public Map<String, List<DeliverableRow>> byTheme() {
        Map<String, List<DeliverableRow>> grouped = new LinkedHashMap<>();
        for (DeliverableRow row : targets) {
            grouped.computeIfAbsent(row.theme(), t -> new ArrayList<>()).add(row);
        }
        return grouped;
    }

    /** The board's summary sentence. */
    @JsonIgnore
    public String sentence() {
        return summary.sentence(quarter);
    }

    YearDeliverables signedOffBy(SignedOff signOff) {
        return new YearDeliverables(year, label, quarter, targets, summary, signOff);
    }
}

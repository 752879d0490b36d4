package uk.gov.sli.mou;

import java.math.BigDecimal;
import java.util.Map;

import uk.gov.sli.rules.DeliverableRules;
import uk.gov.sli.rules.Measure;
import uk.gov.sli.rules.Profile;
import uk.gov.sli.rules.Quarter;
import uk.gov.sli.rules.Rag;
import uk.gov.sli.rules.TargetSpec;

/**
 * One target's line in the Annex B table as at a quarter, with everything the rules compute for it. Quarters after
 * the as-at quarter are null (rule 9). {@code awaiting} is true when the as-at quarter's own figure is not yet
 * reported (rule 4); {@code previousRag} is last quarter's reported RAG, shown beside it as context.
 */
public record DeliverableRow(
        String code,
        String theme,
        String title,
        String description,
        BigDecimal target,
        String unit,
        String measure,
        String profile,
        BigDecimal amberThreshold,
        boolean key,
        Map<String, BigDecimal> quarters,
        BigDecimal total,
        Integer percentAchieved,
        BigDecimal expectedToDate,
        Rag computedRag,
        Rag rag,
        boolean ragOverridden,
        String ragReason,
        boolean awaiting,
        Rag previousRag,
        BigDecimal forecast,
        Integer forecastPercent,
        String commentary,
        Long version) {

    /** The target as this row states it (a signed-off row keeps the target it was signed off with). */
    public TargetSpec spec() {
        return new TargetSpec(target, Measure.parse(measure), Profile.parse(profile), amberThreshold);
    }

    /** What the profile expects by the end of a quarter, by this row's own target. */
    public BigDecimal expectedAt(Quarter quarter) {
        return DeliverableRules.expectedToDate(spec(), quarter);
    }
}

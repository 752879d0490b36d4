package uk.gov.sli.mou;

import java.math.BigDecimal;
import java.util.Map;

import uk.gov.sli.rules.Rag;

/** One target's line in the Annex B table as at a quarter, with everything the rules compute for it. */
public record DeliverableRow(
        String code,
        String theme,
        String title,
        String description,
        BigDecimal target,
        String unit,
        String measure,
        boolean key,
        Map<String, BigDecimal> quarters,
        BigDecimal total,
        Integer percentAchieved,
        BigDecimal expectedToDate,
        Rag computedRag,
        Rag rag,
        boolean ragOverridden,
        String ragReason,
        BigDecimal forecast,
        Integer forecastPercent,
        String commentary,
        Long version) {
}

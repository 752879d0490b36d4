package uk.gov.sli.rules;

import java.math.BigDecimal;

/** Everything the rules say about one target as at one quarter. Nulls mean "n/a". */
public record Assessment(BigDecimal total, Integer percentAchieved, BigDecimal expectedToDate, Rag computedRag,
        Rag rag, boolean ragOverridden, BigDecimal forecast, Integer forecastPercent) {
}

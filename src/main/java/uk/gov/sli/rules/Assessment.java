package uk.gov.sli.rules;

import java.math.BigDecimal;

/**
 * Everything the rules say about one target as at one quarter. Nulls mean "n/a". {@code reportedThisQuarter} tells
 * an awaited figure (rule 4) from a reported one; {@code previousRag} is last quarter's reported RAG, shown beside
 * an awaited figure as context (none at Q1).
 */
public record Assessment(BigDecimal total, Integer percentAchieved, BigDecimal expectedToDate, Rag computedRag,
        Rag rag, boolean ragOverridden, BigDecimal forecast, Integer forecastPercent, boolean reportedThisQuarter,
        Rag previousRag) {
}

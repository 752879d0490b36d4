package uk.gov.sli.mou;

import java.util.Set;

import uk.gov.sli.rules.Quarter;

/**
 * Targets' figures for a quarter were changed (value, commentary or RAG override), in the transaction that changed
 * them: one event per quarter touched, however many targets, so that an import of thousands of rows costs its
 * observers one pass. The quarterly return observes it: an entry makes the owner's item a draft.
 */
public record FigureChanged(String yearId, Quarter quarter, Set<Long> targetIds) {
}

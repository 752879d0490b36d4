package uk.gov.sli.mou;

import uk.gov.sli.rules.Quarter;

/**
 * A target's quarter was changed (its value, commentary or RAG override), in the transaction that changed it. The
 * quarterly return observes it: an entry makes the owner's item a draft.
 */
public record FigureChanged(String yearId, long targetId, String code, Quarter quarter) {
}

package uk.gov.sli.signoff;

import uk.gov.sli.rules.Quarter;

/**
 * A feature's share of a quarter's snapshot: the features above sign-off (the MoU deliverables, the finance period
 * that closes the quarter) each provide one, so sign-off records the whole as-at view without depending on them.
 */
public interface SnapshotPart {

    /** The part's key in the snapshot, e.g. "deliverables". */
    String name();

    /** The part's as-at view, as a JSON-serialisable value; a year that does not exist is a 404. */
    Object capture(String yearId, Quarter quarter);
}

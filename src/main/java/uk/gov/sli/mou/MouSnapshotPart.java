package uk.gov.sli.mou;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import uk.gov.sli.rules.Quarter;
import uk.gov.sli.signoff.SnapshotPart;

/** The deliverables part of a quarter's snapshot: target definitions, figures, commentary, RAG and the summary. */
@ApplicationScoped
public class MouSnapshotPart implements SnapshotPart {

    static final String NAME = "deliverables";

    @Inject
    DeliverablesService deliverables;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Object capture(String yearId, Quarter quarter) {
        return deliverables.compute(yearId, MouYear.require(yearId).label, quarter);
    }
}

package uk.gov.sli.finance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import uk.gov.sli.rules.Quarter;
import uk.gov.sli.signoff.SnapshotPart;

/** The finance part of a quarter's snapshot: the accounts a view as at the quarter shows (rule 10). */
@ApplicationScoped
public class FinanceSnapshotPart implements SnapshotPart {

    static final String NAME = "finance";

    @Inject
    FinanceService finance;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Object capture(String yearId, Quarter quarter) {
        return finance.atPeriod(yearId, finance.periodFor(yearId, quarter));
    }
}

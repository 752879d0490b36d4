package uk.gov.sli.mou;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import uk.gov.sli.rules.Quarter;
import uk.gov.sli.signoff.QuarterLocks;

/**
 * The one place figures change, whether from an import, the API or a form, so that every rule about
 * changing a figure (sign-off, stale versions, the audit trail) applies to all of them alike.
 */
@ApplicationScoped
public class FigureEditor {

    @Inject
    EntityManager em;

    @Inject
    QuarterLocks locks;

    @Transactional
    public void applyAll(List<FigureChange> changes) {
        Set<String> touched = new TreeSet<>();
        for (FigureChange change : changes) {
            touched.add(change.target().yearId + ":" + change.quarter());
        }
        for (String yearAndQuarter : touched) {
            String[] parts = yearAndQuarter.split(":");
            holdQuarter(parts[0], Quarter.parse(parts[1]));
        }
        for (FigureChange change : changes) {
            write(change);
        }
    }

    @Transactional
    public QuarterlyFigure apply(FigureChange change) {
        holdQuarter(change.target().yearId, change.quarter());
        return write(change);
    }

    /**
     * Waits out a sign-off in progress (sign-off takes the same lock exclusively), then refuses a signed-off quarter.
     */
    private void holdQuarter(String yearId, Quarter quarter) {
        em.createNativeQuery("select pg_advisory_xact_lock_shared(hashtext(?1))")
                .setParameter(1, "lock:" + yearId + ":" + quarter).getSingleResult();
        locks.requireOpen(yearId, List.of(quarter));
    }

    private QuarterlyFigure write(FigureChange change) {
        QuarterlyFigure figure = change.target().figure(change.quarter()).orElse(null);
        if (change.expectedVersion().set()) {
            Long expected = change.expectedVersion().value();
            boolean stale = figure == null ? expected != null : expected == null || expected != figure.version;
            if (stale) {
                throw new StaleFigureException(change.target().code + " " + change.quarter()
                        + " was changed by someone else since you loaded it; nothing was saved", figure);
            }
        }
        if (figure == null) {
            figure = QuarterlyFigure.blank(change.target(), change.quarter());
            change.target().figures.add(figure);
        }
        figure.value = change.value().or(figure.value);
        figure.commentary = change.commentary().or(figure.commentary);
        figure.ragOverride = change.ragOverride().or(figure.ragOverride);
        figure.ragReason = change.ragReason().or(figure.ragReason);
        if (figure.ragOverride != null && (figure.ragReason == null || figure.ragReason.isBlank())) {
            throw new IllegalArgumentException("a reason is required for a RAG override");
        }
        if (figure.ragOverride == null) {
            figure.ragReason = null;
        }
        if (figure.id == null) {
            figure.persist();
        }
        // Flush now so a concurrent writer's newer version surfaces here as a conflict, not at commit.
        em.flush();
        return figure;
    }
}

package uk.gov.sli.mou;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

import uk.gov.sli.rules.Quarter;
import uk.gov.sli.signoff.QuarterLockEvent;
import uk.gov.sli.signoff.SignOffService;
import uk.gov.sli.platform.audit.Revision;
import uk.gov.sli.rules.Numbers;

/** Every change to a target's quarterly figures and overrides, and every sign-off and reopening, oldest first. */
@ApplicationScoped
public class FigureHistory {

    public record Entry(OffsetDateTime at, String user, String quarter, String change, BigDecimal value,
            String commentary, @JsonProperty("rag_override") String ragOverride,
            @JsonProperty("rag_reason") String ragReason) {
    }

    @Inject
    EntityManager em;

    @Inject
    SignOffService signOff;

    @Transactional
    public List<Entry> forQuarter(String yearId, String code, Quarter quarter) {
        return merge(Target.require(yearId, code), List.of(quarter));
    }

    @Transactional
    public List<Entry> forTarget(Target target) {
        return merge(target, List.of(Quarter.values()));
    }

    private List<Entry> merge(Target target, List<Quarter> quarters) {
        List<Entry> entries = new ArrayList<>();
        for (Quarter quarter : quarters) {
            target.figure(quarter).ifPresent(figure -> entries.addAll(revisions(figure)));
            for (QuarterLockEvent event : signOff.events(target.yearId, quarter)) {
                entries.add(new Entry(event.at, event.username, quarter.name(),
                        event.signsOff() ? "signed off" : "reopened", null, null, null, event.reason));
            }
        }
        entries.sort(Comparator.comparing(Entry::at));
        return entries;
    }

    private List<Entry> revisions(QuarterlyFigure figure) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(QuarterlyFigure.class, false, true)
                .add(AuditEntity.id().eq(figure.id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<Entry> entries = new ArrayList<>();
        for (Object[] row : rows) {
            QuarterlyFigure state = (QuarterlyFigure) row[0];
            Revision revision = (Revision) row[1];
            RevisionType type = (RevisionType) row[2];
            entries.add(new Entry(OffsetDateTime.ofInstant(Instant.ofEpochMilli(revision.timestamp), ZoneOffset.UTC),
                    revision.username, Quarter.of(state.quarter).name(),
                    switch (type) { case ADD -> "created"; case MOD -> "changed"; case DEL -> "deleted"; },
                    Numbers.plain(state.value), state.commentary, state.ragOverride == null ? null : state.ragOverride.name(),
                    state.ragReason));
        }
        return entries;
    }
}

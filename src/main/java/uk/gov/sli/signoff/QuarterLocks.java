package uk.gov.sli.signoff;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.sli.audit.RevisionUserListener;
import uk.gov.sli.mou.Years;
import uk.gov.sli.rules.Quarter;

/** Sign-off: a quarter the board has seen stops changing until an admin reopens it, with a reason. */
@ApplicationScoped
public class QuarterLocks {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

    @Inject
    EntityManager em;

    @Transactional
    public QuarterLockEvent signOff(String yearId, Quarter quarter) {
        Years.require(yearId);
        lockRow(yearId, quarter);
        if (signedOff(yearId, quarter).isPresent()) {
            throw new QuarterSignedOffException(describe(yearId, quarter, signedOff(yearId, quarter).get()) + " already");
        }
        return record(yearId, quarter, QuarterLockEvent.SIGN_OFF, null);
    }

    @Transactional
    public QuarterLockEvent reopen(String yearId, Quarter quarter, String reason) {
        Years.require(yearId);
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a reason is required to reopen a signed-off quarter");
        }
        lockRow(yearId, quarter);
        if (signedOff(yearId, quarter).isEmpty()) {
            throw new QuarterSignedOffException(quarter + " of " + yearId + " is not signed off, so there is nothing to reopen");
        }
        return record(yearId, quarter, QuarterLockEvent.REOPEN, reason.trim());
    }

    /** The sign-off in force for this quarter, if any. */
    public Optional<QuarterLockEvent> signedOff(String yearId, Quarter quarter) {
        return QuarterLockEvent.latest(yearId, quarter.number()).filter(QuarterLockEvent::signsOff);
    }

    public Map<Quarter, QuarterLockEvent> signedOffQuarters(String yearId) {
        Map<Quarter, QuarterLockEvent> latest = new EnumMap<>(Quarter.class);
        for (QuarterLockEvent event : QuarterLockEvent.forYear(yearId)) {
            latest.put(Quarter.of(event.quarter), event);
        }
        latest.values().removeIf(e -> !e.signsOff());
        return latest;
    }

    /** Refuses a change touching any of these quarters while one of them is signed off. */
    public void requireOpen(String yearId, Collection<Quarter> quarters) {
        Map<Quarter, QuarterLockEvent> locked = signedOffQuarters(yearId);
        for (Quarter quarter : quarters) {
            QuarterLockEvent event = locked.get(quarter);
            if (event != null) {
                throw new QuarterSignedOffException(describe(yearId, quarter, event)
                        + "; an admin must reopen it before its figures change");
            }
        }
    }

    public static String describe(String yearId, Quarter quarter, QuarterLockEvent event) {
        return quarter + " of " + yearId + " was signed off by " + event.username + " on "
                + event.at.atZoneSameInstant(ZoneOffset.UTC).format(DAY);
    }

    /** Serialises sign-off against concurrent edits of the same year. */
    private void lockRow(String yearId, Quarter quarter) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))").setParameter(1, "lock:" + yearId + ":" + quarter)
                .getSingleResult();
    }

    private QuarterLockEvent record(String yearId, Quarter quarter, String action, String reason) {
        QuarterLockEvent event = new QuarterLockEvent();
        event.yearId = yearId;
        event.quarter = (short) quarter.number();
        event.action = action;
        event.username = RevisionUserListener.currentUser();
        event.at = OffsetDateTime.now(ZoneOffset.UTC);
        event.reason = reason;
        event.persist();
        return event;
    }
}

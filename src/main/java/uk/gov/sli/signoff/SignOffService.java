package uk.gov.sli.signoff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import uk.gov.sli.platform.audit.RevisionUserListener;
import uk.gov.sli.rules.InvalidInputException;
import uk.gov.sli.rules.Quarter;

/**
 * Sign-off (rule 10): a quarter the board has seen is recorded whole, as canonical JSON with its SHA-256, and stops
 * changing until an admin reopens it with a reason. Every view of a signed-off quarter is rendered from the snapshot.
 */
@ApplicationScoped
public class SignOffService {

    /** Keys sorted, no white space, numbers as written: the same view always gives the same bytes and hash. */
    private final ObjectMapper canonical;

    @Inject
    EntityManager em;

    @Inject
    Instance<SnapshotPart> parts;

    @Inject
    Instance<SignOffCheck> checks;

    @Inject
    public SignOffService(ObjectMapper json) {
        this.canonical = json.copy()
                .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
                .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
                .configure(SerializationFeature.INDENT_OUTPUT, false)
                .configure(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.WRITE_PROPERTIES_SORTED, true);
    }

    @Transactional
    public QuarterSnapshot signOff(String yearId, Quarter quarter) {
        return signOff(yearId, quarter, false);
    }

    /**
     * Signs a quarter off. If its return has key targets not yet accepted, the admin must confirm signing off
     * without them ({@code confirmed}); the list is recorded with the sign-off.
     */
    @Transactional
    public QuarterSnapshot signOff(String yearId, Quarter quarter, boolean confirmed) {
        lockExclusive(yearId, quarter);
        List<String> unconfirmed = checks.stream().flatMap(c -> c.unconfirmed(yearId, quarter).stream()).toList();
        if (!unconfirmed.isEmpty() && !confirmed) {
            throw new QuarterSignedOffException("These key targets of " + quarter + " are not yet accepted: "
                    + String.join("; ", unconfirmed) + ". Confirm to sign off without them (\"confirmUnaccepted\": true).");
        }
        Map<String, Object> captured = new TreeMap<>();
        for (SnapshotPart part : parts) {
            captured.put(part.name(), part.capture(yearId, quarter));
        }
        Optional<QuarterLockEvent> current = signedOffEvent(yearId, quarter);
        if (current.isPresent()) {
            throw new QuarterSignedOffException(describe(yearId, quarter, current.get()) + " already");
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String user = RevisionUserListener.currentUser();
        QuarterSnapshot snapshot = new QuarterSnapshot();
        snapshot.yearId = yearId;
        snapshot.quarter = (short) quarter.number();
        snapshot.version = QuarterSnapshot.latest(yearId, quarter.number()).map(s -> s.version + 1).orElse(1);
        snapshot.signedOffBy = user;
        snapshot.signedOffAt = now;
        snapshot.body = canonicalJson(Map.of("year", yearId, "quarter", quarter.name(), "parts", captured));
        snapshot.sha256 = sha256(snapshot.body);
        snapshot.persist();
        QuarterLockEvent event = record(yearId, quarter, QuarterLockEvent.SIGN_OFF, null, user, now);
        event.unaccepted = unconfirmed.isEmpty() ? null : String.join("; ", unconfirmed);
        return snapshot;
    }

    @Transactional
    public QuarterLockEvent reopen(String yearId, Quarter quarter, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "a reason is required to reopen a signed-off quarter");
        }
        lockExclusive(yearId, quarter);
        if (signedOffEvent(yearId, quarter).isEmpty()) {
            throw new QuarterSignedOffException(quarter + " of " + yearId + " is not signed off, so there is nothing to reopen");
        }
        return record(yearId, quarter, QuarterLockEvent.REOPEN, uk.gov.sli.tables.Text.checkControls(reason.trim()),
                RevisionUserListener.currentUser(),
                OffsetDateTime.now(ZoneOffset.UTC));
    }

    /** The sign-off in force for this quarter and the snapshot every view of it comes from, if it is signed off. */
    public Optional<SignedOff> signedOff(String yearId, Quarter quarter) {
        return current(yearId, quarter).map(QuarterSnapshot::signedOff);
    }

    /** The quarters of a year signed off now. */
    public List<Quarter> signedOffQuarters(String yearId) {
        return signedOffEvents(yearId).keySet().stream().toList();
    }

    /**
     * One feature's part of the snapshot of a quarter signed off now; empty when the quarter is open (or the part
     * was not recorded).
     */
    public <T> Optional<T> part(String yearId, Quarter quarter, String name, Class<T> type) {
        return current(yearId, quarter).map(snapshot -> {
            try {
                JsonNode node = canonical.readTree(snapshot.body).path("parts").get(name);
                return node == null || node.isNull() ? null : canonical.treeToValue(node, type);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("snapshot " + snapshot.id + " cannot be read", e);
            }
        });
    }

    /**
     * Waits out a sign-off in progress (sign-off takes the same lock exclusively), then refuses a change touching any
     * of these quarters while one of them is signed off.
     */
    public void holdOpen(String yearId, Collection<Quarter> quarters) {
        for (Quarter quarter : quarters.stream().sorted().distinct().toList()) {
            em.createNativeQuery("select pg_advisory_xact_lock_shared(hashtext(?1))")
                    .setParameter(1, lockKey(yearId, quarter)).getSingleResult();
        }
        Map<Quarter, QuarterLockEvent> locked = signedOffEvents(yearId);
        for (Quarter quarter : quarters) {
            QuarterLockEvent event = locked.get(quarter);
            if (event != null) {
                throw new QuarterSignedOffException(describe(yearId, quarter, event)
                        + "; an admin must reopen it before its figures change");
            }
        }
    }

    /** Every snapshot version of a quarter, oldest first. */
    public List<QuarterSnapshot> snapshots(String yearId, Quarter quarter) {
        return QuarterSnapshot.all(yearId, quarter.number());
    }

    public QuarterSnapshot snapshot(String yearId, Quarter quarter, int version) {
        return QuarterSnapshot.<QuarterSnapshot>find("yearId = ?1 and quarter = ?2 and version = ?3", yearId,
                (short) quarter.number(), version).firstResultOptional()
                .orElseThrow(() -> new NotFoundException("No snapshot version " + version + " of " + quarter + " of " + yearId));
    }

    /** Whether a quarter has ever been signed off: a change to it after reopening is a restatement. */
    public Optional<String> reopenedBecause(String yearId, Quarter quarter) {
        return QuarterLockEvent.latest(yearId, quarter.number()).filter(e -> !e.signsOff()).map(e -> e.reason);
    }

    /** Records a change that alters a signed-off quarter (rule 10). */
    public void recordRestatement(String yearId, Quarter quarter, String code, String field, Object from, Object to,
            String reason) {
        Restatement r = new Restatement();
        r.yearId = yearId;
        r.quarter = (short) quarter.number();
        r.code = code;
        r.field = field;
        r.fromValue = from == null ? null : from.toString();
        r.toValue = to == null ? null : to.toString();
        r.reason = reason;
        r.username = RevisionUserListener.currentUser();
        r.at = OffsetDateTime.now(ZoneOffset.UTC);
        r.persist();
    }

    public List<Restatement> restatements(String yearId) {
        return Restatement.list("yearId = ?1 order by at, id", yearId);
    }

    /**
     * Restatements a report as at {@code quarter} lists: those of earlier quarters made since the latest sign-off of
     * any quarter before it (all of them when none was signed off).
     */
    public List<Restatement> restatementsBefore(String yearId, Quarter quarter) {
        OffsetDateTime since = QuarterSnapshot.<QuarterSnapshot>find("yearId = ?1 and quarter < ?2 order by signedOffAt desc",
                yearId, (short) quarter.number()).firstResultOptional().map(s -> s.signedOffAt).orElse(java.time.Instant.EPOCH.atOffset(ZoneOffset.UTC));
        return Restatement.list("yearId = ?1 and quarter < ?2 and at >= ?3 order by at, id", yearId,
                (short) quarter.number(), since);
    }

    /** Sign-offs and reopenings of a quarter, oldest first, for the history. */
    public List<QuarterLockEvent> events(String yearId, Quarter quarter) {
        return QuarterLockEvent.list("yearId = ?1 and quarter = ?2 order by id", yearId, (short) quarter.number());
    }

    public static String describe(String yearId, Quarter quarter, QuarterLockEvent event) {
        return quarter + " of " + yearId + " was signed off by " + event.username + " on "
                + new SignedOff(event.username, event.at, "0".repeat(64), 0).day();
    }

    private Optional<QuarterSnapshot> current(String yearId, Quarter quarter) {
        return signedOffEvent(yearId, quarter).flatMap(e -> QuarterSnapshot.latest(yearId, quarter.number()));
    }

    private Optional<QuarterLockEvent> signedOffEvent(String yearId, Quarter quarter) {
        return QuarterLockEvent.latest(yearId, quarter.number()).filter(QuarterLockEvent::signsOff);
    }

    private Map<Quarter, QuarterLockEvent> signedOffEvents(String yearId) {
        Map<Quarter, QuarterLockEvent> latest = new EnumMap<>(Quarter.class);
        for (QuarterLockEvent event : QuarterLockEvent.forYear(yearId)) {
            latest.put(Quarter.of(event.quarter), event);
        }
        latest.values().removeIf(e -> !e.signsOff());
        return latest;
    }

    /** The one place the quarter's lock is named: sign-off holds it exclusively, edits share it. */
    private static String lockKey(String yearId, Quarter quarter) {
        return "lock:" + yearId + ":" + quarter;
    }

    private void lockExclusive(String yearId, Quarter quarter) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))").setParameter(1, lockKey(yearId, quarter))
                .getSingleResult();
    }

    private QuarterLockEvent record(String yearId, Quarter quarter, String action, String reason, String user,
            OffsetDateTime at) {
        QuarterLockEvent event = new QuarterLockEvent();
        event.yearId = yearId;
        event.quarter = (short) quarter.number();
        event.action = action;
        event.username = user;
        event.at = at;
        event.reason = reason;
        event.persist();
        return event;
    }

    String canonicalJson(Object value) {
        try {
            // Through a tree, written with its object keys sorted at every level, records and maps alike. One tree:
            // a sorted copy of it, as before, was another ~50 MB for a year of 25,000 targets, and ran the heap out.
            return canonical.writeValueAsString(canonical.valueToTree(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the quarter's view cannot be written as JSON", e);
        }
    }

    static String sha256(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

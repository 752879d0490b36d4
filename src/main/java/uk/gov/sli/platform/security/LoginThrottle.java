package uk.gov.sli.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import uk.gov.sli.platform.config.SliConfig;

/**
 * Refuses sign-in for a while after repeated attempts, per username and (more leniently, since offices share
 * addresses) per client address. Counted in PostgreSQL, shared by every instance. A password is checked only after
 * the attempt has been counted atomically, so a burst of parallel guesses gets at most the allowed number checked;
 * a correct password clears the user's count. Rows older than the window are forgotten.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final String COUNT = """
            insert into login_throttle (key, window_start, attempts) values (?1, ?2, 1)
            on conflict (key) do update set
                attempts = case when login_throttle.window_start < ?3 then 1 else login_throttle.attempts + 1 end,
                window_start = case when login_throttle.window_start < ?3 then ?2 else login_throttle.window_start end
            returning attempts""";

    private final SliConfig.Login settings;
    private final Clock clock;

    @Inject
    EntityManager em;

    @Inject
    public LoginThrottle(SliConfig config, Clock clock) {
        this.settings = config.login();
        this.clock = clock;
    }

    /**
     * Counts an attempt to sign in as {@code username} before its password is checked; false when this attempt is
     * over the limit and the password must not be checked.
     */
    public boolean admitAttempt(String username) {
        return count("user:" + username) <= settings.maxFailuresPerUser();
    }

    /** Counts a failed attempt from an address (the user's count was taken before the check). */
    public void recordFailure(String address) {
        if (address != null) {
            count("address:" + address);
        }
    }

    /** A correct password clears the user's count. */
    public void recordSuccess(String username) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from login_throttle where key = ?1")
                .setParameter(1, "user:" + username).executeUpdate());
    }

    /** How long until this user or address may try again, if it is locked out now. */
    public Optional<Duration> lockedFor(String username, String address) {
        Optional<Duration> byUser = username == null ? Optional.empty()
                : locked("user:" + username, settings.maxFailuresPerUser());
        return byUser.isPresent() || address == null ? byUser : locked("address:" + address, settings.maxFailuresPerAddress());
    }

    private int count(String key) {
        OffsetDateTime now = now();
        if (java.util.concurrent.ThreadLocalRandom.current().nextInt(100) == 0) {
            // Now and then forget names and addresses whose window has passed, so the table stays small.
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from login_throttle where window_start < ?1")
                    .setParameter(1, now.minus(settings.lockout())).executeUpdate());
        }
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(COUNT)
                .setParameter(1, clip(key)).setParameter(2, now).setParameter(3, now.minus(settings.lockout()))
                .getSingleResult()).intValue());
    }

    private Optional<Duration> locked(String key, int max) {
        OffsetDateTime now = now();
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select window_start from login_throttle where key = ?1 and attempts >= ?2 and window_start >= ?3",
                OffsetDateTime.class)
                .setParameter(1, clip(key)).setParameter(2, max).setParameter(3, now.minus(settings.lockout()))
                .getResultStream().findFirst()
                .map(start -> Duration.between(now, ((OffsetDateTime) start).plus(settings.lockout()))));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static String clip(String key) {
        return key.length() > 100 ? key.substring(0, 100) : key;
    }
}

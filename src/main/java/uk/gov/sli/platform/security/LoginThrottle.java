package uk.gov.sli.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import uk.gov.sli.platform.config.SliConfig;

/**
 * Refuses sign-in for a while after repeated failures, per username and (more leniently, since offices share
 * addresses) per client address. Held in a bounded cache that forgets a name or address once its window has passed:
 * each instance counts its own failures.
 */
@ApplicationScoped
public class LoginThrottle {

    private final SliConfig.Login settings;
    private final Clock clock;
    private final Cache<String, Deque<Instant>> failures;

    @Inject
    public LoginThrottle(SliConfig config, Clock clock) {
        this.settings = config.login();
        this.clock = clock;
        this.failures = Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfterAccess(settings.lockout())
                .build();
    }

    public void recordFailure(String username, String address) {
        Instant now = clock.instant();
        record("user:" + username, now);
        if (address != null) {
            record("address:" + address, now);
        }
    }

    public void recordSuccess(String username) {
        failures.invalidate("user:" + username);
    }

    /** How long until this user or address may try again, if it is locked out now. */
    public Optional<Duration> lockedFor(String username, String address) {
        Instant now = clock.instant();
        Optional<Duration> byUser = username == null ? Optional.empty()
                : locked("user:" + username, settings.maxFailuresPerUser(), now);
        return byUser.isPresent() || address == null ? byUser
                : locked("address:" + address, settings.maxFailuresPerAddress(), now);
    }

    private void record(String key, Instant now) {
        Deque<Instant> times = failures.get(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
        }
    }

    private Optional<Duration> locked(String key, int max, Instant now) {
        Deque<Instant> times = failures.getIfPresent(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            prune(times, now);
            if (times.size() < max) {
                return Optional.empty();
            }
            return Optional.of(Duration.between(now, times.peekLast().plus(settings.lockout())));
        }
    }

    private void prune(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && times.peekFirst().plus(settings.lockout()).isBefore(now)) {
            times.removeFirst();
        }
    }
}

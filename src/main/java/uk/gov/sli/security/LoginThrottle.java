package uk.gov.sli.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses sign-in for a while after repeated failures, per username and (more leniently, since offices share
 * addresses) per client address. Held in memory: each instance counts its own failures.
 */
@ApplicationScoped
public class LoginThrottle {

    @ConfigProperty(name = "sli.login.max-failures-per-user", defaultValue = "5")
    int maxPerUser;

    @ConfigProperty(name = "sli.login.max-failures-per-address", defaultValue = "30")
    int maxPerAddress;

    @ConfigProperty(name = "sli.login.lockout", defaultValue = "PT15M")
    Duration window;

    @Inject
    Clock clock;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public void recordFailure(String username, String address) {
        Instant now = clock.instant();
        record("user:" + username, now);
        if (address != null) {
            record("address:" + address, now);
        }
    }

    public void recordSuccess(String username) {
        failures.remove("user:" + username);
    }

    /** How long until this user or address may try again, if it is locked out now. */
    public Optional<Duration> lockedFor(String username, String address) {
        Instant now = clock.instant();
        Optional<Duration> byUser = username == null ? Optional.empty() : locked("user:" + username, maxPerUser, now);
        return byUser.isPresent() || address == null ? byUser : locked("address:" + address, maxPerAddress, now);
    }

    private void record(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
        }
    }

    private Optional<Duration> locked(String key, int max, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            prune(times, now);
            if (times.size() < max) {
                return Optional.empty();
            }
            return Optional.of(Duration.between(now, times.peekLast().plus(window)));
        }
    }

    private void prune(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && times.peekFirst().plus(window).isBefore(now)) {
            times.removeFirst();
        }
    }
}

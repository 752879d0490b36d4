package uk.gov.sli.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import uk.gov.sli.platform.config.SliConfig;

/**
 * Remembers, for a short while, users whose password this instance has just checked. bcrypt is deliberately
 * slow; without this every API call over HTTP Basic would pay for it, and a database blip would sign everyone
 * out. Only a salted digest of the password is held, and a user saved on this instance is forgotten at once
 * (other instances forget within the time to live).
 */
@ApplicationScoped
public class VerifiedUsers {

    private record Entry(byte[] digest, Set<String> roles, Instant until) {
    }

    private final byte[] salt = new SecureRandom().generateSeed(16);
    private final Duration timeToLive;
    private final Clock clock;
    private final Cache<String, Entry> entries;

    @Inject
    public VerifiedUsers(SliConfig config, Clock clock) {
        this.timeToLive = config.login().verifiedFor();
        this.clock = clock;
        this.entries = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(timeToLive).build();
    }

    /** The roles of a user whose password was checked recently, if it is the same password. */
    public Optional<Set<String>> rolesIfVerified(String username, String password) {
        Entry entry = entries.getIfPresent(username);
        if (entry == null || entry.until().isBefore(clock.instant())) {
            return Optional.empty();
        }
        return MessageDigest.isEqual(entry.digest(), digest(username, password)) ? Optional.of(entry.roles()) : Optional.empty();
    }

    /** The roles of a user signed in recently (form cookie), whatever the password. */
    public Optional<Set<String>> rolesIfRecent(String username) {
        Entry entry = entries.getIfPresent(username);
        return entry == null || entry.until().isBefore(clock.instant()) ? Optional.empty() : Optional.of(entry.roles());
    }

    public void remember(String username, String password, Set<String> roles) {
        entries.put(username, new Entry(password == null ? new byte[0] : digest(username, password), roles,
                clock.instant().plus(timeToLive)));
    }

    public void forget(String username) {
        entries.invalidate(username);
    }

    private byte[] digest(String username, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update(username.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return sha.digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

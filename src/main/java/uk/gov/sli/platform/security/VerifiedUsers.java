package uk.gov.sli.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import uk.gov.sli.platform.config.SliConfig;

/**
 * Remembers, for a short while, passwords this instance has just checked, so that HTTP Basic calls do not pay for
 * the deliberately slow hash on every request. Only a salted digest is held, tied to the stored hash it matched: a
 * password change anywhere makes the entry useless at once.
 */
@ApplicationScoped
public class VerifiedUsers {

    private record Entry(byte[] digest, String storedHash) {
    }

    private final byte[] salt = new SecureRandom().generateSeed(16);
    private final Cache<String, Entry> entries;

    @Inject
    public VerifiedUsers(SliConfig config) {
        this.entries = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(config.login().verifiedFor()).build();
    }

    /** Whether this password was checked recently against this very stored hash. */
    public boolean isVerified(String username, String password, String storedHash) {
        Entry entry = entries.getIfPresent(username);
        return entry != null && entry.storedHash().equals(storedHash)
                && MessageDigest.isEqual(entry.digest(), digest(username, password));
    }

    /**
     * Whether this password was checked recently, whatever the stored hash now: enough to skip counting an attempt
     * (the identity provider still compares the stored hash and reads the role).
     */
    public boolean recentlyVerified(String username, String password) {
        Entry entry = entries.getIfPresent(username);
        return entry != null && MessageDigest.isEqual(entry.digest(), digest(username, password));
    }

    public void remember(String username, String password, String storedHash) {
        entries.put(username, new Entry(digest(username, password), storedHash));
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

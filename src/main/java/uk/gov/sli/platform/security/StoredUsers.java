package uk.gov.sli.platform.security;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Users as stored, read at most once a second per user and instance: every request checks the role, password hash
 * and credential version, so a change made on any instance applies everywhere within a second, without a database
 * read for every request under load.
 */
@ApplicationScoped
public class StoredUsers {

    /** What a request needs to know about its user. */
    public record Stored(String username, String passwordHash, String passwordScheme, Set<String> roles,
            int credentialVersion) {
    }

    static final Duration FRESH_FOR = Duration.ofSeconds(1);

    private final Cache<String, Optional<Stored>> users = Caffeine.newBuilder()
            .maximumSize(10_000).expireAfterWrite(FRESH_FOR).build();

    public Optional<Stored> find(String username) {
        return users.get(username, name -> QuarkusTransaction.requiringNew().call(() -> {
            AppUser user = AppUser.findById(name);
            return user == null ? Optional.<Stored>empty() : Optional.of(new Stored(user.username, user.passwordHash,
                    user.passwordScheme, user.grantedRoles(), user.credentialVersion));
        }));
    }

    /** A change made here is seen here at once. */
    public void forget(String username) {
        users.invalidate(username);
    }
}

package uk.gov.sli.platform.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.elytron.security.common.BcryptUtil;
import uk.gov.sli.rules.InvalidInputException;

/**
 * Passwords: the policy a new one must meet, and hashing. New hashes are bcrypt of the password's SHA-256, so every
 * character of a long password counts (bcrypt alone reads only the first 72 bytes); hashes from before that keep
 * working under their own scheme.
 */
@ApplicationScoped
public class Passwords {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    static final String SCHEME = "sha256-bcrypt";
    static final String LEGACY_SCHEME = "bcrypt";

    /** Compared against when the user does not exist, so that a wrong name costs as long as a wrong password. */
    private static final String DECOY_HASH = BcryptUtil.bcryptHash(prehash("decoy-password-for-timing"));

    private final Set<String> common = load();

    /** Refuses a password that is too short, too long, one character repeated, the username, or a common one. */
    public void checkPolicy(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw new InvalidInputException("password", "password must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters");
        }
        if (password.chars().distinct().count() == 1) {
            throw new InvalidInputException("password", "password must not be one character repeated");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || lower.equals(username.toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException("password", "password is too easily guessed: it is on the list of common "
                    + "passwords or is the username; choose another");
        }
    }

    public String hash(String password) {
        return BcryptUtil.bcryptHash(prehash(password));
    }

    /** Whether the password matches the stored hash (the decoy when there is no user, to spend the same time). */
    public boolean matches(String password, StoredUsers.Stored user) {
        if (user == null) {
            BcryptUtil.matches(prehash(password), DECOY_HASH);
            return false;
        }
        return BcryptUtil.matches(LEGACY_SCHEME.equals(user.passwordScheme()) ? password : prehash(password),
                user.passwordHash());
    }

    private static String prehash(String password) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> load() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Passwords.class.getResourceAsStream("/security/common-passwords.txt"), StandardCharsets.UTF_8))) {
            return in.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package uk.gov.sli.platform.security;

import java.util.Optional;

/**
 * What a form-login session cookie names: the user, the credential version the session was made with, and when it
 * was made. Quarkus keeps the principal's name in the encrypted cookie and renews the cookie with it, so the version
 * and the sign-in time travel with the session and are checked on every request. Usernames cannot contain '|'.
 */
public record SessionPrincipal(String username, int credentialVersion, long signedInAt) {

    private static final char SEPARATOR = '|';

    public String encode() {
        return username + SEPARATOR + credentialVersion + SEPARATOR + signedInAt;
    }

    /** The parts of a session principal; empty for a name that is not one (such as an HTTP Basic user). */
    public static Optional<SessionPrincipal> decode(String name) {
        String[] parts = name == null ? new String[0] : name.split("\\|", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SessionPrincipal(parts[0], Integer.parseInt(parts[1]), Long.parseLong(parts[2])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The username in a principal's name, whether a session's or a plain one. */
    public static String usernameOf(String principalName) {
        int separator = principalName.indexOf(SEPARATOR);
        return separator < 0 ? principalName : principalName.substring(0, separator);
    }
}

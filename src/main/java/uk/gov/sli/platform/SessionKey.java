package uk.gov.sli.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The key that encrypts session cookies and signs CSRF tokens. {@code SLI_SESSION_KEY} names it (the same on every
 * instance); without it, a 256-bit key is made once and kept in the data directory, readable by its owner only, so
 * sessions survive a restart and no key is ever generated on the fly and written to the log.
 */
final class SessionKey {

    static final String SETTING = "SLI_SESSION_KEY";
    private static final String FILE = "session.key";

    private SessionKey() {
    }

    /** Makes sure the setting has a value before Quarkus reads its configuration. */
    static void ensure(Path dataDirectory) {
        String configured = System.getProperty(SETTING, System.getenv(SETTING));
        if (configured != null && !configured.isBlank()) {
            if (configured.trim().length() < 32) {
                throw new IllegalStateException(SETTING + " must be at least 32 characters of random text");
            }
            return;
        }
        try {
            System.setProperty(SETTING, readOrCreate(dataDirectory.resolve(FILE)));
        } catch (IOException | UnsupportedOperationException e) {
            throw new IllegalStateException("No session key: set " + SETTING + " (32 or more random characters, the same on "
                    + "every instance), or give the service a writable data directory (SLI_DATA_DIR, now " + dataDirectory
                    + ") to keep one in", e);
        }
    }

    private static String readOrCreate(Path file) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.US_ASCII).trim();
        }
        Files.createDirectories(file.getParent());
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException e) {
            return Files.readString(file, StandardCharsets.US_ASCII).trim();
        }
        Files.writeString(file, key, StandardCharsets.US_ASCII);
        return key;
    }
}

package uk.gov.sli.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * Outside programs some tests drive (LibreOffice, Chromium). In CI they must be there ({@code .ci/run} installs
 * them) and a missing one fails the test; elsewhere the test is skipped with a loud message.
 */
public final class Tools {

    private Tools() {
    }

    public static Path require(String what, String... candidates) {
        Optional<Path> found = Stream.of(candidates).map(Path::of).filter(Files::isExecutable).findFirst();
        if (found.isEmpty()) {
            String message = "*** " + what + " is not installed (looked for " + String.join(", ", candidates)
                    + "); .ci/run installs it. ***";
            if (System.getenv("CI") != null) {
                throw new AssertionError(message);
            }
            System.err.println(message + " Skipping.");
            Assumptions.abort(message);
        }
        return found.get();
    }
}

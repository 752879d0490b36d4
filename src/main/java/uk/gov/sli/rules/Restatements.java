package uk.gov.sli.rules;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Rule 10, as a policy: a change that would alter a signed-off quarter is a restatement, allowed only with a reason.
 * A target's definition (its value, profile, amber threshold, measure or key flag) is part of every quarter of its
 * year, so changing it alters every signed-off quarter.
 */
public final class Restatements {

    private Restatements() {
    }

    /** The reason to record, or a refusal naming the signed-off quarters the change would alter. */
    public static String requireReason(Collection<Quarter> signedOff, String what, String reason) {
        if (signedOff.isEmpty()) {
            return null;
        }
        if (reason == null || reason.isBlank()) {
            throw new ConflictException(what + " would change " + names(signedOff) + ", already signed off; give a reason "
                    + "(\"reason\" in JSON, a reason column in an import) to record it as a restatement");
        }
        return reason.trim();
    }

    static String names(Collection<Quarter> quarters) {
        return quarters.stream().sorted().map(Quarter::name).collect(Collectors.joining(", "));
    }
}

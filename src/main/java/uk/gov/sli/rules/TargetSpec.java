package uk.gov.sli.rules;

import java.math.BigDecimal;
import java.util.Objects;

/** What the rules need to know about a target: the number (absent if narrative only) and how to judge it. */
public record TargetSpec(BigDecimal target, Measure measure, Profile profile, BigDecimal amberThreshold) {

    public static final BigDecimal DEFAULT_AMBER_THRESHOLD = new BigDecimal("0.75");

    public TargetSpec {
        Objects.requireNonNull(measure, "measure");
        profile = profile == null ? Profile.DEFAULT : profile;
        amberThreshold = amberThreshold == null ? DEFAULT_AMBER_THRESHOLD : amberThreshold;
        if (amberThreshold.signum() <= 0 || amberThreshold.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidInputException("amber threshold must be more than 0 and at most 1, was " + amberThreshold);
        }
        if (target != null && target.signum() < 0) {
            throw new InvalidInputException("target must not be negative, was " + target);
        }
    }

    public static TargetSpec of(BigDecimal target, Measure measure) {
        return new TargetSpec(target, measure, Profile.DEFAULT, DEFAULT_AMBER_THRESHOLD);
    }

    public boolean narrativeOnly() {
        return target == null;
    }
}

package uk.gov.sli.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;

/** Rules 1 to 6 and 9: totals, percent achieved, profile, RAG, overrides and forecast, as at a quarter. */
public final class DeliverableRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private DeliverableRules() {
    }

    /** Rule 9: the values a view as at {@code asAt} may show, Q1..asAt; later quarters are not due. */
    public static Map<Quarter, BigDecimal> asAt(Map<Quarter, BigDecimal> values, Quarter asAt) {
        Map<Quarter, BigDecimal> shown = new EnumMap<>(Quarter.class);
        values.forEach((quarter, value) -> {
            if (!quarter.isAfter(asAt)) {
                shown.put(quarter, value);
            }
        });
        return shown;
    }

    /** Rule 1: cumulative adds up Q1..q; snapshot takes the latest reported; nothing reported gives no total. */
    public static BigDecimal totalToDate(Measure measure, Map<Quarter, BigDecimal> values, Quarter asAt) {
        BigDecimal total = null;
        for (Quarter q : asAt.upTo()) {
            BigDecimal value = values.get(q);
            if (value == null) {
                continue;
            }
            total = switch (measure) {
                case CUMULATIVE -> total == null ? value : total.add(value);
                case SNAPSHOT -> value;
            };
        }
        return total;
    }

    /** Rule 2: part / whole x 100, half up to a whole percent; no whole (or zero) or no part gives none. */
    public static Integer percent(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, 0, RoundingMode.HALF_UP).intValueExact();
    }

    /** Rule 7: a target is met or exceeded at 100% achieved or more. */
    public static boolean metOrExceeded(Integer percentAchieved) {
        return percentAchieved != null && percentAchieved >= 100;
    }

    /** Rule 3: target x profile[q] / 100. */
    public static BigDecimal expectedToDate(TargetSpec spec, Quarter asAt) {
        if (spec.narrativeOnly()) {
            return null;
        }
        return Numbers.plain(spec.target().multiply(BigDecimal.valueOf(spec.profile().percentAt(asAt)))
                .divide(HUNDRED, 4, RoundingMode.HALF_UP));
    }

    /**
     * Rule 4: with no value for the quarter itself, NOT_REPORTED (awaiting the figure, never red for the lack of it);
     * otherwise green at or above the target or the expected to date, amber at or above the amber threshold of the
     * expected to date, red below. A narrative-only target has no computed RAG.
     */
    public static Rag computedRag(TargetSpec spec, Map<Quarter, BigDecimal> values, Quarter asAt) {
        if (spec.narrativeOnly()) {
            return Rag.NOT_ASSESSED;
        }
        if (values.get(asAt) == null) {
            return Rag.NOT_REPORTED;
        }
        BigDecimal total = totalToDate(spec.measure(), values, asAt);
        BigDecimal expected = expectedToDate(spec, asAt);
        if (total.compareTo(spec.target()) >= 0 || total.compareTo(expected) >= 0) {
            return Rag.GREEN;
        }
        if (total.compareTo(expected.multiply(spec.amberThreshold())) >= 0) {
            return Rag.AMBER;
        }
        return Rag.RED;
    }

    /**
     * Rule 5: the officer's override for the quarter when there is one; otherwise the computed RAG, except that a
     * narrative-only target without the officer's status for the quarter is awaiting it.
     */
    public static Rag reportedRag(Rag computed, Rag override) {
        if (override != null) {
            return override;
        }
        return computed == Rag.NOT_ASSESSED ? Rag.NOT_REPORTED : computed;
    }

    /**
     * Rule 6: cumulative scales the total by the profile share expected so far (none when that share is 0);
     * snapshot takes the latest value as the year-end figure. None while the quarter's own figure is awaited.
     */
    public static BigDecimal forecast(TargetSpec spec, Map<Quarter, BigDecimal> values, Quarter asAt) {
        if (values.get(asAt) == null) {
            return null;
        }
        BigDecimal total = totalToDate(spec.measure(), values, asAt);
        if (spec.measure() == Measure.SNAPSHOT) {
            return total;
        }
        int share = spec.profile().percentAt(asAt);
        if (share == 0) {
            return null;
        }
        return Numbers.plain(total.multiply(HUNDRED).divide(BigDecimal.valueOf(share), 2, RoundingMode.HALF_UP));
    }

    /**
     * Rules 1 to 6 together, as at a quarter: only values of Q1..asAt count (rule 9), whatever else is given.
     * {@code overrides} holds the officer's status per quarter; each belongs to its quarter only.
     */
    public static Assessment assess(TargetSpec spec, Map<Quarter, BigDecimal> allValues, Quarter asAt,
            Map<Quarter, Rag> overrides) {
        Map<Quarter, BigDecimal> values = asAt(allValues, asAt);
        BigDecimal total = totalToDate(spec.measure(), values, asAt);
        Rag computed = computedRag(spec, values, asAt);
        Rag override = overrides.get(asAt);
        BigDecimal forecast = forecast(spec, values, asAt);
        Quarter previous = asAt.previous();
        Rag previousRag = previous == null ? null
                : reportedRag(computedRag(spec, values, previous), overrides.get(previous));
        return new Assessment(total, percent(total, spec.target()), expectedToDate(spec, asAt), computed,
                reportedRag(computed, override), override != null, forecast, percent(forecast, spec.target()),
                values.get(asAt) != null, previousRag);
    }
}

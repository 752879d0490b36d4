package uk.gov.sli.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/** PRODUCT.md section 3, rules 1 to 6: totals, percent achieved, profile, RAG and forecast. */
public final class DeliverableRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private DeliverableRules() {
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

    /** Rule 3: target x profile[q] / 100. */
    public static BigDecimal expectedToDate(TargetSpec spec, Quarter asAt) {
        if (spec.narrativeOnly()) {
            return null;
        }
        return tidy(spec.target().multiply(BigDecimal.valueOf(spec.profile().percentAt(asAt)))
                .divide(HUNDRED, 4, RoundingMode.HALF_UP));
    }

    /** Rule 4. */
    public static Rag computedRag(TargetSpec spec, BigDecimal total, Quarter asAt) {
        if (spec.narrativeOnly()) {
            return Rag.NOT_ASSESSED;
        }
        if (total == null) {
            return Rag.NOT_REPORTED;
        }
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
     * Rule 6: cumulative scales the total by the profile share expected so far (none when that share is 0);
     * snapshot takes the latest value as the year-end figure.
     */
    public static BigDecimal forecast(TargetSpec spec, Map<Quarter, BigDecimal> values, Quarter asAt) {
        BigDecimal total = totalToDate(spec.measure(), values, asAt);
        if (total == null) {
            return null;
        }
        if (spec.measure() == Measure.SNAPSHOT) {
            return total;
        }
        int share = spec.profile().percentAt(asAt);
        if (share == 0) {
            return null;
        }
        return tidy(total.multiply(HUNDRED).divide(BigDecimal.valueOf(share), 2, RoundingMode.HALF_UP));
    }

    /** Rules 1 to 6 together; rule 5: an override, when there is one, is the reported RAG. */
    public static Assessment assess(TargetSpec spec, Map<Quarter, BigDecimal> values, Quarter asAt, Rag override) {
        BigDecimal total = totalToDate(spec.measure(), values, asAt);
        Rag computed = computedRag(spec, total, asAt);
        BigDecimal forecast = forecast(spec, values, asAt);
        return new Assessment(total, percent(total, spec.target()), expectedToDate(spec, asAt), computed,
                override == null ? computed : override, override != null, forecast, percent(forecast, spec.target()));
    }

    private static BigDecimal tidy(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}

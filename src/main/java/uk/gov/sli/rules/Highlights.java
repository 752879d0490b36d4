package uk.gov.sli.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** What the board paper's highlights are drawn from: key targets met, and those furthest behind their profile. */
public final class Highlights {

    /** What the highlights need from each target. */
    public record Standing(boolean key, BigDecimal total, BigDecimal expectedToDate, Integer percentAchieved) {
    }

    private Highlights() {
    }

    /** Key targets at 100% achieved or more (rule 7). */
    public static <T> List<T> metOrExceeded(List<T> rows, Function<T, Standing> standing) {
        return rows.stream().filter(r -> {
            Standing s = standing.apply(r);
            return s.key() && DeliverableRules.metOrExceeded(s.percentAchieved());
        }).toList();
    }

    /** Key targets below their expected to date, the smallest share of it first. */
    public static <T> List<T> furthestBehind(List<T> rows, Function<T, Standing> standing, int limit) {
        return rows.stream()
                .filter(r -> {
                    Standing s = standing.apply(r);
                    return s.key() && s.total() != null && s.expectedToDate() != null && s.expectedToDate().signum() > 0
                            && s.total().compareTo(s.expectedToDate()) < 0;
                })
                .sorted(Comparator.comparing((T r) -> share(standing.apply(r))))
                .limit(limit).toList();
    }

    private static BigDecimal share(Standing s) {
        return s.total().divide(s.expectedToDate(), 4, RoundingMode.HALF_UP);
    }
}

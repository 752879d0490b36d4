package uk.gov.sli.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * PRODUCT.md rule 8. Income is negative, so a positive variance is adverse either way: an overspend on
 * expenditure or a shortfall on income.
 */
public final class FinanceRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private FinanceRules() {
    }

    /** The RAG key's bands: adverse up to {@code amberAbove}% is green, up to {@code redAbove}% amber, beyond red. */
    public record Thresholds(BigDecimal amberAbove, BigDecimal redAbove) {

        public static final Thresholds DEFAULT = new Thresholds(new BigDecimal("5"), new BigDecimal("10"));

        public Thresholds {
            if (amberAbove == null || redAbove == null || amberAbove.signum() < 0 || redAbove.compareTo(amberAbove) < 0) {
                throw new InvalidInputException("finance thresholds must satisfy 0 <= amber <= red, were "
                        + amberAbove + " and " + redAbove);
            }
        }
    }

    /** Everything rule 8 says about one line. Nulls mean "n/a". */
    public record LineAssessment(BigDecimal varianceYtd, BigDecimal outturnVariance, BigDecimal variancePercent,
            Rag computedRag, Rag rag, boolean ragOverridden) {
    }

    public static BigDecimal difference(BigDecimal actual, BigDecimal plan) {
        return actual == null || plan == null ? null : actual.subtract(plan);
    }

    /** Variance / |full year budget| x 100, to one decimal place; none for a zero or missing budget. */
    public static BigDecimal variancePercent(BigDecimal variance, BigDecimal budgetYear) {
        if (variance == null || budgetYear == null || budgetYear.signum() == 0) {
            return null;
        }
        return variance.multiply(HUNDRED).divide(budgetYear.abs(), 1, RoundingMode.HALF_UP);
    }

    public static Rag rag(BigDecimal budgetYear, BigDecimal forecastOutturn, Thresholds thresholds) {
        BigDecimal variance = difference(forecastOutturn, budgetYear);
        if (variance == null) {
            return Rag.NOT_REPORTED;
        }
        if (variance.signum() <= 0) {
            return Rag.GREEN;
        }
        if (budgetYear.signum() == 0) {
            return Rag.RED;
        }
        // Compared unrounded, so 10.04% is over 10% even though it prints as 10.0%.
        BigDecimal adversePercent = variance.multiply(HUNDRED).divide(budgetYear.abs(), 10, RoundingMode.HALF_UP);
        if (adversePercent.compareTo(thresholds.amberAbove()) <= 0) {
            return Rag.GREEN;
        }
        return adversePercent.compareTo(thresholds.redAbove()) <= 0 ? Rag.AMBER : Rag.RED;
    }

    public static LineAssessment assess(BigDecimal budgetYtd, BigDecimal actualYtd, BigDecimal budgetYear,
            BigDecimal forecastOutturn, Rag override, Thresholds thresholds) {
        BigDecimal outturnVariance = difference(forecastOutturn, budgetYear);
        Rag computed = rag(budgetYear, forecastOutturn, thresholds);
        return new LineAssessment(difference(actualYtd, budgetYtd), outturnVariance,
                variancePercent(outturnVariance, budgetYear), computed, override == null ? computed : override,
                override != null);
    }
}

package uk.gov.sli.rules;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Rule 11: where text becomes a number. A value is read only if it is at most {@value #MAX_LENGTH} characters, is
 * written as a plain or scientific decimal (thousands separated by commas allowed: {@code 1,200}, {@code 1.2e3}),
 * and lies within its range with no more decimal places than the range allows. Anything else is refused with the
 * allowed range, before any arithmetic on it, so a number is stored as written or not at all.
 */
public final class Numbers {

    public static final int MAX_LENGTH = 40;

    /** Allowed values of one kind of number, with the words that tell a person what they may write. */
    public record Range(BigDecimal min, BigDecimal max, int maxDecimals, String description) {

        /** Quarterly figures and targets. */
        public static final Range FIGURE = new Range(BigDecimal.ZERO, new BigDecimal("1000000000000"), 4,
                "a number from 0 to 1,000,000,000,000 with at most 4 decimal places");
        /** Management accounts, in £000s; income is negative. */
        public static final Range MONEY = new Range(new BigDecimal("-1000000000"), new BigDecimal("1000000000"), 2,
                "an amount in £000s from -1,000,000,000 to 1,000,000,000 with at most 2 decimal places");
        /** A year's grant, in pounds. */
        public static final Range GRANT = new Range(BigDecimal.ZERO, new BigDecimal("1000000000000"), 2,
                "an amount in pounds from 0 to 1,000,000,000,000 with at most 2 decimal places");
        public static final Range BOOKINGS = new Range(BigDecimal.ZERO, new BigDecimal("1000000"), 0,
                "a whole number from 0 to 1,000,000");
        public static final Range SCORE = new Range(BigDecimal.ONE, new BigDecimal("4"), 2,
                "a score from 1 (poor) to 4 (excellent) with at most 2 decimal places");
        /** The share of expected-to-date below which a target is red rather than amber. */
        public static final Range AMBER_THRESHOLD = new Range(new BigDecimal("0.001"), BigDecimal.ONE, 3,
                "a fraction more than 0 and at most 1, such as 0.75, with at most 3 decimal places");

        /** Integer digits a value in this range may have; checked before comparing, so 1e131072 costs nothing. */
        int maxIntegerDigits() {
            return Math.max(min.abs().precision() - min.abs().scale(), max.abs().precision() - max.abs().scale());
        }
    }

    private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,9})?");
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    private Numbers() {
    }

    /** A required number in the range. */
    public static BigDecimal parse(String text, Range range) {
        String s = text == null ? "" : text.trim();
        if (s.isEmpty()) {
            throw new InvalidInputException("a value is required: " + range.description());
        }
        if (s.length() > MAX_LENGTH) {
            throw new InvalidInputException("a value longer than " + MAX_LENGTH + " characters is not a number; expected "
                    + range.description());
        }
        if (GROUPED.matcher(s).matches()) {
            s = s.replace(",", "");
        }
        if (!PLAIN.matcher(s).matches()) {
            throw new InvalidInputException("'" + text.trim() + "' is not a number; expected " + range.description());
        }
        BigDecimal value;
        try {
            value = new BigDecimal(s);
        } catch (NumberFormatException | ArithmeticException e) {
            throw outOfRange(text.trim(), range);
        }
        return check(value, range, text.trim());
    }

    /** Empty, or the source's "n/a", is no value (not reported); anything else must be a number in the range. */
    public static BigDecimal parseOrNone(String text, Range range) {
        if (text == null || text.isBlank() || text.trim().equalsIgnoreCase("n/a")) {
            return null;
        }
        return parse(text, range);
    }

    /** A number that arrived already typed (a JSON number, a spreadsheet cell) is held to the same range. */
    public static BigDecimal check(BigDecimal value, Range range) {
        return check(value, range, value.toString());
    }

    private static BigDecimal check(BigDecimal value, Range range, String written) {
        BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        int integerDigits = stripped.precision() - stripped.scale();
        if (integerDigits > range.maxIntegerDigits()) {
            throw outOfRange(written, range);
        }
        if (stripped.scale() > range.maxDecimals()) {
            throw new InvalidInputException("'" + written + "' has more than " + range.maxDecimals()
                    + (range.maxDecimals() == 1 ? " decimal place" : " decimal places") + "; expected " + range.description());
        }
        if (stripped.compareTo(range.min()) < 0 || stripped.compareTo(range.max()) > 0) {
            throw outOfRange(written, range);
        }
        return plain(stripped);
    }

    private static InvalidInputException outOfRange(String written, Range range) {
        String shown = written.length() > MAX_LENGTH ? written.substring(0, MAX_LENGTH) + "..." : written;
        return new InvalidInputException("'" + shown + "' is out of range; expected " + range.description());
    }

    /** 18.00 from a numeric column is 18 to a reader; 1.2E+3 is 1200. */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** true/false as people write them in a spreadsheet; empty gives {@code whenEmpty}. */
    public static boolean parseBoolean(String text, boolean whenEmpty) {
        String s = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "" -> whenEmpty;
            case "true", "yes", "y" -> true;
            case "false", "no", "n" -> false;
            default -> throw new InvalidInputException("must be true or false, was '" + text.trim() + "'");
        };
    }
}

package uk.gov.sli.rules;

import java.math.BigDecimal;

/**
 * Rule 11 for the management accounts: amounts as finance officers write them, -1234, (1,234) for a negative and
 * "-" for nil, in £000s within {@link Numbers.Range#MONEY}.
 */
public final class Money {

    private Money() {
    }

    /** An amount as the accounts print it: (1,234) for a negative, thousands separated, "-" for nil. */
    public static String format(BigDecimal value) {
        if (value.signum() == 0) {
            return "-";
        }
        String digits = new java.text.DecimalFormat("#,##0.##").format(value.abs());
        return value.signum() < 0 ? "(" + digits + ")" : digits;
    }

    /** A day as people write it: 30 September 2015. */
    public static String day(java.time.LocalDate day) {
        return day.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK));
    }

    /** Null for an empty cell; {@link InvalidInputException} naming the forms and the range for anything else. */
    public static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.trim();
        if (s.length() > Numbers.MAX_LENGTH) {
            return Numbers.parse(s, Numbers.Range.MONEY);
        }
        s = s.replace("£", "").replace(" ", "");
        if (s.equals("-") || s.equals("_") || s.equals("–")) {
            return BigDecimal.ZERO;
        }
        boolean bracketed = s.startsWith("(") && s.endsWith(")");
        if (bracketed) {
            s = s.substring(1, s.length() - 1);
            if (s.startsWith("-") || s.startsWith("+")) {
                throw new InvalidInputException("'" + text.trim() + "' is not an amount: write -1234, (1,234) or 1234");
            }
        }
        try {
            BigDecimal value = Numbers.parse(s, Numbers.Range.MONEY);
            return bracketed ? Numbers.check(value.negate(), Numbers.Range.MONEY) : value;
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.getMessage().replace("'" + s + "'", "'" + text.trim() + "'")
                    + " (write -1234, (1,234) or 1234)");
        }
    }
}

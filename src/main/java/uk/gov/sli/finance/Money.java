package uk.gov.sli.finance;

import java.math.BigDecimal;

/** Reads amounts as finance officers write them: -1234, (1,234) for a negative, and "-" for nil. */
public final class Money {

    private Money() {
    }

    /** Null for an empty cell; IllegalArgumentException naming the form for anything unreadable. */
    public static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.trim().replace("£", "").replace(",", "").replace(" ", "");
        if (s.equals("-") || s.equals("_") || s.equals("–")) {
            return BigDecimal.ZERO;
        }
        boolean bracketed = s.startsWith("(") && s.endsWith(")");
        if (bracketed) {
            s = s.substring(1, s.length() - 1);
        }
        try {
            BigDecimal value = new BigDecimal(s);
            if (bracketed && value.signum() < 0) {
                throw new NumberFormatException();
            }
            return bracketed ? value.negate() : value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not an amount: write -1234, (1,234) or 1234");
        }
    }
}

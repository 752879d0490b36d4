package uk.gov.sli.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A quarter of the MoU year, which runs April to March. */
public enum Quarter {
    Q1("Apr-Jun"), Q2("Jul-Sep"), Q3("Oct-Dec"), Q4("Jan-Mar");

    private final String months;

    Quarter(String months) {
        this.months = months;
    }

    public int number() {
        return ordinal() + 1;
    }

    public String months() {
        return months;
    }

    /** This quarter and those before it in the year. */
    public List<Quarter> upTo() {
        return Arrays.asList(values()).subList(0, number());
    }

    /** The quarter before this one, or none for Q1. */
    public Quarter previous() {
        return this == Q1 ? null : values()[ordinal() - 1];
    }

    /** Whether this quarter comes after {@code other} in the year. */
    public boolean isAfter(Quarter other) {
        return ordinal() > other.ordinal();
    }

    /** The accounting period (April = 1) that closes this quarter: 3, 6, 9 or 12. */
    public int closingPeriod() {
        return number() * 3;
    }

    public static Quarter of(int number) {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("quarter must be 1 to 4, not " + number);
        }
        return values()[number - 1];
    }

    public static Quarter parse(String text) {
        String normalised = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        for (Quarter q : values()) {
            if (q.name().equals(normalised)) {
                return q;
            }
        }
        throw new InvalidInputException("quarter must be Q1, Q2, Q3 or Q4, not '" + text + "'");
    }
}

package uk.gov.sli.rules;

/** An MoU year, 1 April to 31 March: {@code 2015-16} in URLs, {@code 2015/16} on screen. */
public record YearId(String value) {

    public YearId {
        if (value == null || !value.matches("\\d{4}-\\d{2}")) {
            throw new InvalidInputException("year", "year id must look like 2015-16, was '" + value + "'");
        }
        int start = Integer.parseInt(value.substring(0, 4));
        int end = Integer.parseInt(value.substring(5));
        if ((start + 1) % 100 != end) {
            throw new InvalidInputException("year", "year id " + value + " must name two consecutive years, such as "
                    + start + "-" + String.format("%02d", (start + 1) % 100));
        }
    }

    public static YearId parse(String value) {
        return new YearId(value);
    }

    /** The year after this one: 2016-17 after 2015-16. */
    public YearId next() {
        int start = Integer.parseInt(value.substring(0, 4)) + 1;
        return new YearId(start + "-" + String.format("%02d", (start + 1) % 100));
    }

    /** The last day of an accounting period (1-12, April = 1): 31 October 2015 for period 7 of 2015-16. */
    public java.time.LocalDate periodEnd(int period) {
        if (period < 1 || period > 12) {
            throw new InvalidInputException("period", "period must be 1 to 12, not " + period);
        }
        int start = Integer.parseInt(value.substring(0, 4));
        java.time.YearMonth month = java.time.YearMonth.of(start, java.time.Month.APRIL).plusMonths(period - 1L);
        return month.atEndOfMonth();
    }

    /** The day a quarter's figures are as at: 30 September 2015 for Q2 of 2015-16. */
    public java.time.LocalDate quarterEnd(Quarter quarter) {
        return periodEnd(quarter.closingPeriod());
    }

    /** 2015/16. */
    public String label() {
        return value.replace('-', '/');
    }

    @Override
    public String toString() {
        return value;
    }
}

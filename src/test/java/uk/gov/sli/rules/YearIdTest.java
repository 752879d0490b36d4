package uk.gov.sli.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The dates an MoU year's quarters and accounting periods are as at: the year runs 1 April to 31 March. */
class YearIdTest {

    @ParameterizedTest(name = "{0} of 2015-16 is as at {1}")
    @CsvSource({ "Q1, 2015-06-30", "Q2, 2015-09-30", "Q3, 2015-12-31", "Q4, 2016-03-31" })
    void aQuarterIsAsAtTheLastDayOfItsClosingMonth(Quarter quarter, LocalDate end) {
        assertEquals(end, YearId.parse("2015-16").quarterEnd(quarter));
    }

    @ParameterizedTest(name = "period {0} of 2015-16 ends {1}")
    @CsvSource({ "1, 2015-04-30", "7, 2015-10-31", "10, 2016-01-31", "11, 2016-02-29", "12, 2016-03-31" })
    void anAccountingPeriodEndsOnTheLastDayOfItsMonthFromApril(int period, LocalDate end) {
        assertEquals(end, YearId.parse("2015-16").periodEnd(period));
    }

    @Test
    void aPeriodOutsideOneToTwelveIsRefused() {
        assertThrows(InvalidInputException.class, () -> YearId.parse("2015-16").periodEnd(13));
        assertThrows(InvalidInputException.class, () -> YearId.parse("2015-16").periodEnd(0));
    }
}

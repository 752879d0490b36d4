package uk.gov.sli.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rule 11: a number is read as written, within its range, or refused with the range, before any arithmetic. */
class NumbersTest {

    @ParameterizedTest(name = "''{0}'' is refused")
    @ValueSource(strings = { "1e131072", "1e524288", "1E+1000000", "-0.00001", "1.23456", "1e13", "1000000000000.0001",
            "-1", "abc", "1,2,3", "12,34", "0x10", "1e-2147483649", "Infinity", "NaN", "1 000" })
    void anOutOfRangeOrMalformedFigureIsRefusedWithTheRange(String text) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Numbers.parse(text, Numbers.Range.FIGURE));
        assertTrue(e.getMessage().contains("expected a number from 0 to 1,000,000,000,000 with at most 4 decimal places"),
                e.getMessage());
    }

    @Test
    void aValueOfThreeHundredThousandDigitsIsRefusedByItsLengthAlone() {
        String huge = "9".repeat(300_000);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Numbers.parse(huge, Numbers.Range.FIGURE));
        assertTrue(e.getMessage().contains("longer than 40 characters"), e.getMessage());
    }

    @Test
    void thousandsSeparatorsAndScientificNotationAreReadAsWritten() {
        assertEquals(new BigDecimal("1200"), Numbers.parse("1,200", Numbers.Range.FIGURE));
        assertEquals(new BigDecimal("1200"), Numbers.parse("1.2e3", Numbers.Range.FIGURE));
        assertEquals(new BigDecimal("1000000000000"), Numbers.parse("1e12", Numbers.Range.FIGURE));
        assertEquals(new BigDecimal("0.0001"), Numbers.parse("0.0001", Numbers.Range.FIGURE));
        assertEquals(new BigDecimal("18.5"), Numbers.parse("18.50", Numbers.Range.FIGURE));
        assertEquals(BigDecimal.ZERO, Numbers.parse("-0", Numbers.Range.FIGURE));
    }

    @Test
    void emptyOrNaIsNotReported() {
        assertNull(Numbers.parseOrNone("", Numbers.Range.FIGURE));
        assertNull(Numbers.parseOrNone("n/a", Numbers.Range.FIGURE));
    }

    @Test
    void moneyTakesBracketsForNegativesWithinItsOwnRange() {
        assertEquals(new BigDecimal("-1234"), Money.parse("(1,234)"));
        assertEquals(new BigDecimal("-9414"), Money.parse("-9414"));
        assertEquals(BigDecimal.ZERO, Money.parse("-"));
        assertThrows(InvalidInputException.class, () -> Money.parse("1e131072"));
        assertThrows(InvalidInputException.class, () -> Money.parse("1.234"));
        assertThrows(InvalidInputException.class, () -> Money.parse("(-5)"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Money.parse("2000000000"));
        assertTrue(e.getMessage().contains("from -1,000,000,000 to 1,000,000,000"), e.getMessage());
    }

    @Test
    void aTypedNumberIsHeldToTheSameRange() {
        assertThrows(InvalidInputException.class, () -> Numbers.check(new BigDecimal("1e131072"), Numbers.Range.FIGURE));
        assertEquals(new BigDecimal("31"), Numbers.check(new BigDecimal("3.1E+1"), Numbers.Range.FIGURE));
    }
}

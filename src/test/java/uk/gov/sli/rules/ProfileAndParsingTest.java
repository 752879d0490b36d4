package uk.gov.sli.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProfileAndParsingTest {

    @Test
    void blankProfileIsTheDefaultQuarterByQuarterProfile() {
        assertEquals(Profile.DEFAULT, Profile.parse(""));
        assertEquals(Profile.DEFAULT, Profile.parse(null));
        assertEquals("25/50/75/100", Profile.DEFAULT.toString());
    }

    @Test
    void profileParsesAndPrintsTheSameWay() {
        Profile profile = Profile.parse(" 10/30/60/100 ");
        assertEquals(List.of(10, 30, 60, 100), profile.percents());
        assertEquals(60, profile.percentAt(Quarter.Q3));
        assertEquals("10/30/60/100", profile.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"25/50/75", "25/50/75/100/100", "50/25/75/100", "25/50/75/90", "25/50/75/110", "-5/50/75/100",
            "a/b/c/d", "25;50;75;100", "25.5/50/75/100"})
    void malformedProfilesAreRejectedWithAMessage(String text) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Profile.parse(text));
        assertTrue(e.getMessage().contains("profile"), e.getMessage());
    }

    @Test
    void amberThresholdMustBeAFractionAboveZeroUpToOne() {
        assertThrows(InvalidInputException.class,
                () -> new TargetSpec(BigDecimal.TEN, Measure.CUMULATIVE, null, BigDecimal.ZERO));
        assertThrows(InvalidInputException.class,
                () -> new TargetSpec(BigDecimal.TEN, Measure.CUMULATIVE, null, new BigDecimal("1.01")));
        assertEquals(BigDecimal.ONE, new TargetSpec(BigDecimal.TEN, Measure.CUMULATIVE, null, BigDecimal.ONE).amberThreshold());
    }

    @Test
    void quartersMeasuresAndOverridesParseLeniently() {
        assertEquals(Quarter.Q2, Quarter.parse(" q2 "));
        assertEquals(Measure.SNAPSHOT, Measure.parse("Snapshot"));
        assertEquals(Rag.AMBER, Rag.parseOverride("amber"));
        assertEquals(List.of(Quarter.Q1, Quarter.Q2, Quarter.Q3), Quarter.Q3.upTo());
        assertEquals("Oct-Dec", Quarter.Q3.months());
    }

    @Test
    void badQuartersMeasuresAndOverridesAreRejected() {
        assertThrows(InvalidInputException.class, () -> Quarter.parse("Q5"));
        assertThrows(InvalidInputException.class, () -> Measure.parse("weekly"));
        assertThrows(InvalidInputException.class, () -> Rag.parseOverride("NOT_REPORTED"));
    }
}

package uk.gov.sli.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeliverableRulesTest {

    /** Annex B of the 19 January 2016 board papers, every row: target, Q1, Q2 -> total and % achieved. */
    @ParameterizedTest(name = "{0}: {2} + {3} ({1}) -> {4}, {5}%")
    @CsvSource(nullValues = "n/a", value = {
            "Deliver at least 100 peer challenges,             CUMULATIVE, 100, 18,  13,  31,  31",
            "Tailored support to at least 40,                   CUMULATIVE, 40,  19,  8,   27,  68",
            "Support at least 10 (political/managerial),        CUMULATIVE, 10,  6,   6,   12,  120",
            "Support at least 20 (scrutiny),                    CUMULATIVE, 20,  16,  5,   21,  105",
            "Productivity experts to work with at least 20,     CUMULATIVE, 20,  4,   6,   10,  50",
            "Support at least 5 to pilot learning disability,   SNAPSHOT,   5,   5,   5,   5,   100",
            "Work with at least 10 (waste),                     CUMULATIVE, 10,  0,   60,  60,  600",
            "Bespoke support for at least 25,                   CUMULATIVE, 25,  6,   5,   11,  44",
            "Practical guide on demand (up to 20),              CUMULATIVE, 20,  10,  10,  20,  100",
            "Training for at least 500 councillors,             CUMULATIVE, 500, 347, 201, 548, 110",
            "Next Generation at least 50,                       SNAPSHOT,   50,  58,  58,  58,  116",
            "Recruit up to 100 graduates,                       CUMULATIVE, 100, n/a, 98,  98,  98",
            "Support at least 15 (growth plans),                CUMULATIVE, 15,  4,   11,  15,  100",
            "Support at least 150 councillors (culture),        CUMULATIVE, 150, n/a, 35,  35,  23",
            "Support at least 15% of authorities (52),          CUMULATIVE, 52,  25,  17,  42,  81",
            "Support at least 15 (commercial),                  SNAPSHOT,   15,  15,  15,  15,  100",
            "Roll out tools to at least 10 (layers and spans),  SNAPSHOT,   10,  2,   3,   3,   30",
    })
    void annexBRowGivesThePrintedTotalAndPercent(String row, Measure measure, int target, Integer q1, Integer q2,
            int total, int percent) {
        Map<Quarter, BigDecimal> values = values(q1, q2, null, null);
        Assessment a = DeliverableRules.assess(TargetSpec.of(BigDecimal.valueOf(target), measure), values, Quarter.Q2, Map.of());
        assertEquals(0, BigDecimal.valueOf(total).compareTo(a.total()), row);
        assertEquals(percent, a.percentAchieved(), row);
    }

    @Test
    void cumulativeAddsUpAndSnapshotTakesTheLatestReported() {
        Map<Quarter, BigDecimal> values = values(5, null, 3, null);
        assertEquals(new BigDecimal("8"), DeliverableRules.totalToDate(Measure.CUMULATIVE, values, Quarter.Q4));
        assertEquals(new BigDecimal("3"), DeliverableRules.totalToDate(Measure.SNAPSHOT, values, Quarter.Q4));
        assertEquals(new BigDecimal("5"), DeliverableRules.totalToDate(Measure.SNAPSHOT, values, Quarter.Q2));
    }

    @Test
    void quartersAfterTheAsAtQuarterAreIgnored() {
        assertEquals(new BigDecimal("18"),
                DeliverableRules.totalToDate(Measure.CUMULATIVE, values(18, null, 40, null), Quarter.Q2));
    }

    @Test
    void nothingReportedGivesNoTotalAndNotReported() {
        Assessment a = DeliverableRules.assess(TargetSpec.of(BigDecimal.TEN, Measure.CUMULATIVE), values(null, null, 4, null),
                Quarter.Q2, Map.of());
        assertNull(a.total());
        assertNull(a.percentAchieved());
        assertNull(a.forecast());
        assertEquals(Rag.NOT_REPORTED, a.computedRag());
    }

    @Test
    void zeroReportedIsATotalNotAnAbsence() {
        Assessment a = DeliverableRules.assess(TargetSpec.of(BigDecimal.TEN, Measure.CUMULATIVE), values(0, null, null, null),
                Quarter.Q1, Map.of());
        assertEquals(BigDecimal.ZERO, a.total());
        assertEquals(0, a.percentAchieved());
        assertEquals(Rag.RED, a.computedRag());
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}%")
    @CsvSource({"1, 8, 13", "5, 200, 3", "27, 40, 68", "548, 500, 110", "42, 52, 81", "1, 3, 33", "2, 3, 67", "0, 5, 0"})
    void percentRoundsHalfUpToAWholeNumber(String part, String whole, int expected) {
        assertEquals(expected, DeliverableRules.percent(new BigDecimal(part), new BigDecimal(whole)));
    }

    @Test
    void percentOfNothingOrOfAZeroTargetIsNone() {
        assertNull(DeliverableRules.percent(BigDecimal.ONE, BigDecimal.ZERO));
        assertNull(DeliverableRules.percent(BigDecimal.ONE, null));
        assertNull(DeliverableRules.percent(null, BigDecimal.TEN));
    }

    @Test
    void aZeroTargetGivesNoPercentAndNoErrorAndIsMet() {
        Assessment a = DeliverableRules.assess(TargetSpec.of(BigDecimal.ZERO, Measure.CUMULATIVE), values(3, null, null, null),
                Quarter.Q1, Map.of());
        assertNull(a.percentAchieved());
        assertNull(a.forecastPercent());
        assertEquals(Rag.GREEN, a.computedRag());
    }

    @Test
    void aNarrativeOnlyTargetIsNotAssessed() {
        Assessment a = DeliverableRules.assess(TargetSpec.of(null, Measure.CUMULATIVE), values(3, 4, null, null), Quarter.Q2, Map.of());
        assertEquals(Rag.NOT_ASSESSED, a.computedRag());
        assertNull(a.percentAchieved());
        assertNull(a.expectedToDate());
    }

    @Test
    void expectedToDateFollowsTheProfile() {
        TargetSpec spec = new TargetSpec(new BigDecimal("100"), Measure.CUMULATIVE, Profile.parse("10/30/60/100"), null);
        assertEquals(new BigDecimal("10"), DeliverableRules.expectedToDate(spec, Quarter.Q1));
        assertEquals(new BigDecimal("60"), DeliverableRules.expectedToDate(spec, Quarter.Q3));
        assertEquals(new BigDecimal("12.5"),
                DeliverableRules.expectedToDate(TargetSpec.of(new BigDecimal("25"), Measure.CUMULATIVE), Quarter.Q2));
    }

    @Test
    void totalExactlyAtExpectedToDateIsGreen() {
        TargetSpec spec = TargetSpec.of(new BigDecimal("100"), Measure.CUMULATIVE);
        assertEquals(Rag.GREEN, DeliverableRules.computedRag(spec, reportedIn(Quarter.Q2, new BigDecimal("50")), Quarter.Q2));
        assertEquals(Rag.AMBER, DeliverableRules.computedRag(spec, reportedIn(Quarter.Q2, new BigDecimal("49.99")), Quarter.Q2));
    }

    @Test
    void totalExactlyAtTheAmberThresholdIsAmberAndJustBelowIsRed() {
        TargetSpec spec = TargetSpec.of(new BigDecimal("100"), Measure.CUMULATIVE);
        assertEquals(Rag.AMBER, DeliverableRules.computedRag(spec, reportedIn(Quarter.Q2, new BigDecimal("37.5")), Quarter.Q2));
        assertEquals(Rag.RED, DeliverableRules.computedRag(spec, reportedIn(Quarter.Q2, new BigDecimal("37.49")), Quarter.Q2));
    }

    @Test
    void reachingTheAnnualTargetIsGreenWhateverTheProfile() {
        TargetSpec spec = new TargetSpec(new BigDecimal("10"), Measure.CUMULATIVE, Profile.parse("100/100/100/100"), null);
        assertEquals(Rag.GREEN, DeliverableRules.computedRag(spec, reportedIn(Quarter.Q1, new BigDecimal("10")), Quarter.Q1));
        assertEquals(Rag.RED, DeliverableRules.computedRag(spec, reportedIn(Quarter.Q1, new BigDecimal("7")), Quarter.Q1));
    }

    @Test
    void aCustomAmberThresholdMovesTheAmberBand() {
        TargetSpec strict = new TargetSpec(new BigDecimal("100"), Measure.CUMULATIVE, Profile.DEFAULT, new BigDecimal("0.9"));
        assertEquals(Rag.AMBER, DeliverableRules.computedRag(strict, reportedIn(Quarter.Q2, new BigDecimal("45")), Quarter.Q2));
        assertEquals(Rag.RED, DeliverableRules.computedRag(strict, reportedIn(Quarter.Q2, new BigDecimal("44.9")), Quarter.Q2));
    }

    @Test
    void anOverrideIsReportedAndTheComputedRagStaysVisible() {
        Assessment a = DeliverableRules.assess(TargetSpec.of(new BigDecimal("100"), Measure.CUMULATIVE), values(18, 13, null, null),
                Quarter.Q2, Map.of(Quarter.Q2, Rag.AMBER));
        assertEquals(Rag.RED, a.computedRag());
        assertEquals(Rag.AMBER, a.rag());
        assertTrue(a.ragOverridden());
        Assessment plain = DeliverableRules.assess(TargetSpec.of(new BigDecimal("100"), Measure.CUMULATIVE),
                values(18, 13, null, null), Quarter.Q2, Map.of());
        assertEquals(Rag.RED, plain.rag());
        assertFalse(plain.ragOverridden());
    }

    @Test
    void cumulativeForecastScalesTheTotalByTheProfileShare() {
        TargetSpec spec = TargetSpec.of(new BigDecimal("100"), Measure.CUMULATIVE);
        Assessment a = DeliverableRules.assess(spec, values(18, 13, null, null), Quarter.Q2, Map.of());
        assertEquals(new BigDecimal("62"), a.forecast());
        assertEquals(62, a.forecastPercent());
        TargetSpec backLoaded = new TargetSpec(new BigDecimal("100"), Measure.CUMULATIVE, Profile.parse("10/30/60/100"), null);
        assertEquals(new BigDecimal("103.33"), DeliverableRules.forecast(backLoaded, values(18, 13, null, null), Quarter.Q2));
    }

    @Test
    void aZeroProfileShareGivesNoForecastRatherThanInfinity() {
        TargetSpec spec = new TargetSpec(new BigDecimal("10"), Measure.CUMULATIVE, Profile.parse("0/50/75/100"), null);
        assertNull(DeliverableRules.forecast(spec, values(2, null, null, null), Quarter.Q1));
    }

    @Test
    void snapshotForecastIsTheLatestValue() {
        TargetSpec spec = TargetSpec.of(new BigDecimal("10"), Measure.SNAPSHOT);
        Assessment a = DeliverableRules.assess(spec, values(2, 3, null, null), Quarter.Q2, Map.of());
        assertEquals(new BigDecimal("3"), a.forecast());
        assertEquals(30, a.forecastPercent());
    }

    /** A total reported all in the as-at quarter itself. */
    static Map<Quarter, BigDecimal> reportedIn(Quarter quarter, BigDecimal total) {
        return Map.of(quarter, total);
    }

    /** Rule 4: with no figure for the quarter itself, a target is awaiting it, never red for the lack of it. */
    @Test
    void aQuarterNotYetReportedIsAwaitingNotRedWithLastQuartersRagBesideIt() {
        TargetSpec spec = TargetSpec.of(new BigDecimal("20"), Measure.CUMULATIVE);
        Assessment a = DeliverableRules.assess(spec, values(4, 6, null, null), Quarter.Q3, Map.of());
        assertEquals(Rag.NOT_REPORTED, a.computedRag());
        assertEquals(Rag.NOT_REPORTED, a.rag());
        assertFalse(a.reportedThisQuarter());
        assertEquals(Rag.GREEN, a.previousRag(), "EFF-02 was green at Q2 (10 against 10 expected)");
        assertEquals(new BigDecimal("10"), a.total());
        assertNull(a.forecast());
    }

    @Test
    void aNarrativeTargetWithoutTheOfficersStatusIsAwaitingAndWithItIsThatStatus() {
        TargetSpec spec = TargetSpec.of(null, Measure.CUMULATIVE);
        assertEquals(Rag.NOT_REPORTED, DeliverableRules.assess(spec, Map.of(), Quarter.Q3, Map.of()).rag());
        Assessment given = DeliverableRules.assess(spec, Map.of(), Quarter.Q3, Map.of(Quarter.Q3, Rag.GREEN));
        assertEquals(Rag.GREEN, given.rag());
        assertEquals(Rag.NOT_ASSESSED, given.computedRag());
    }

    @Test
    void anOverrideBelongsToItsQuarterAndNeverCarriesOver() {
        TargetSpec spec = TargetSpec.of(new BigDecimal("100"), Measure.CUMULATIVE);
        Assessment q3 = DeliverableRules.assess(spec, values(18, 13, 5, null), Quarter.Q3, Map.of(Quarter.Q2, Rag.AMBER));
        assertFalse(q3.ragOverridden());
        assertEquals(Rag.RED, q3.rag());
        assertEquals(Rag.AMBER, q3.previousRag());
    }

    /** Rule 9: a view as at Q2 is the same whatever has been entered for Q3 and Q4 since. */
    @Test
    void laterQuartersNeverChangeAnAsAtView() {
        TargetSpec spec = TargetSpec.of(new BigDecimal("100"), Measure.SNAPSHOT);
        Assessment before = DeliverableRules.assess(spec, values(18, 13, null, null), Quarter.Q2, Map.of());
        Assessment after = DeliverableRules.assess(spec, values(18, 13, 90, 95), Quarter.Q2, Map.of(Quarter.Q3, Rag.RED));
        assertEquals(before, after);
    }

    static Map<Quarter, BigDecimal> values(Integer q1, Integer q2, Integer q3, Integer q4) {
        Map<Quarter, BigDecimal> values = new EnumMap<>(Quarter.class);
        Integer[] given = {q1, q2, q3, q4};
        for (Quarter q : Quarter.values()) {
            if (given[q.ordinal()] != null) {
                values.put(q, BigDecimal.valueOf(given[q.ordinal()]));
            }
        }
        return values;
    }
}

package uk.gov.sli.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The overview's own rules: movement since last quarter, counts by status, and what needs attention first. */
class OverviewRulesTest {

    @Test
    void movementComparesColoursOnlyAndSaysSoInWords() {
        assertEquals(Movement.WORSE, Movement.between(Rag.GREEN, Rag.AMBER));
        assertEquals(Movement.WORSE, Movement.between(Rag.AMBER, Rag.RED));
        assertEquals(Movement.BETTER, Movement.between(Rag.RED, Rag.GREEN));
        assertEquals(Movement.SAME, Movement.between(Rag.AMBER, Rag.AMBER));
        assertEquals("worse than Q1", Movement.between(Rag.GREEN, Rag.AMBER).describe(Quarter.Q2));
        assertEquals("same as Q2", Movement.SAME.describe(Quarter.Q3));
        assertEquals("↑", Movement.BETTER.arrow());
    }

    @Test
    void noMovementWithoutTwoColoursOrBeforeQ2() {
        assertEquals(Movement.NONE, Movement.between(null, Rag.GREEN), "Q1 has no last quarter");
        assertEquals(Movement.NONE, Movement.between(Rag.GREEN, Rag.NOT_REPORTED), "an awaited figure is no colour");
        assertEquals(Movement.NONE, Movement.between(Rag.NOT_ASSESSED, Rag.AMBER));
        assertEquals("", Movement.NONE.describe(Quarter.Q3));
        assertEquals("", Movement.BETTER.describe(Quarter.Q1), "nothing to compare with at Q1");
    }

    @Test
    void statusCountsCountEveryStatusOnce() {
        StatusCounts counts = StatusCounts.of(List.of(Rag.RED, Rag.AMBER, Rag.AMBER, Rag.GREEN, Rag.NOT_REPORTED,
                Rag.NOT_REPORTED, Rag.NOT_REPORTED, Rag.NOT_ASSESSED));
        assertEquals(new StatusCounts(1, 2, 1, 3, 1), counts);
        assertEquals(8, counts.total());
        assertEquals(3, counts.of(Rag.NOT_REPORTED));
        assertEquals(0, StatusCounts.of(List.of()).total());
    }

    @Test
    void redComesFirstThenAmberThenAwaitedThenNotAssessedThenGreen() {
        List<Rag> sorted = Arrays.stream(Rag.values()).sorted(Comparator.comparingInt(Rag::attention)).toList();
        assertEquals(List.of(Rag.RED, Rag.AMBER, Rag.NOT_REPORTED, Rag.NOT_ASSESSED, Rag.GREEN), sorted);
    }
}

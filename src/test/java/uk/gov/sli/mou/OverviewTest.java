package uk.gov.sli.mou;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.gov.sli.rules.InvalidInputException;
import uk.gov.sli.rules.KeyTargetSummary;
import uk.gov.sli.rules.Quarter;
import uk.gov.sli.rules.Rag;

/** The overview without the service: counts of the whole year, the filter narrowing only the list, attention order. */
class OverviewTest {

    private static DeliverableRow row(String code, String theme, boolean key, Rag rag, Rag previous) {
        return new DeliverableRow(code, theme, "Title of " + code, null, BigDecimal.TEN, null, "cumulative", null, null, key,
                Map.of(), null, null, null, rag, rag, false, null, rag == Rag.NOT_REPORTED, previous, null, null, null, null);
    }

    private static final YearDeliverables YEAR = new YearDeliverables("2015-16", "2015/16", Quarter.Q2, List.of(
            row("A-01", "Peer", true, Rag.GREEN, Rag.GREEN),
            row("A-02", "Peer", true, Rag.RED, Rag.AMBER),
            row("B-01", "Efficiency", false, Rag.AMBER, Rag.GREEN),
            row("B-02", "Efficiency", true, Rag.NOT_REPORTED, Rag.GREEN)),
            new KeyTargetSummary(3, 1, 0, 1, 1, 0, 0), null);

    @Test
    void theListPutsWhatNeedsAttentionFirstWithItsMovement() {
        Overview overview = Overview.of(YEAR, Overview.Filter.parse(null, null, null, null));
        assertEquals(List.of("A-02", "B-01", "B-02", "A-01"), overview.lines().stream().map(l -> l.row().code()).toList());
        assertEquals("worse than Q1", overview.lines().get(0).movementText());
        assertEquals("", overview.lines().get(2).movementText(), "an awaited figure has no movement");
        assertEquals(1, overview.keyTargets().red());
        assertEquals(0, overview.keyTargets().amber(), "B-01 is not a key target");
        assertEquals(1, overview.allTargets().amber());
        assertEquals(List.of("Peer", "Efficiency"), overview.matrix().stream().map(Overview.ThemeLine::theme).toList());
    }

    @Test
    void theFilterNarrowsTheListButNeverTheCounts() {
        Overview overview = Overview.of(YEAR, Overview.Filter.parse(List.of("RED", "amber"), null, null, null));
        assertEquals(List.of("A-02", "B-01"), overview.lines().stream().map(l -> l.row().code()).toList());
        assertEquals(4, overview.allTargets().total());
        assertEquals("status Red or Amber", overview.filter().describe(Quarter.Q2));
        assertEquals(List.of("B-02"), Overview.of(YEAR, Overview.Filter.parse(null, "Efficiency", "true", null)).lines().stream()
                .map(l -> l.row().code()).toList());
        assertEquals(List.of("A-01"), Overview.of(YEAR, Overview.Filter.parse(null, null, null, "a-01")).lines().stream()
                .map(l -> l.row().code()).toList(), "search by code, any case");
        assertFalse(Overview.Filter.parse(List.of(""), " ", null, "").active(), "blank fields filter nothing");
        assertTrue(Overview.Filter.parse(null, null, "true", null).active());
    }

    @Test
    void anUnknownStatusIsRefusedWithTheValuesAllowed() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Overview.Filter.parse(List.of("PURPLE"), null, null, null));
        assertTrue(e.getMessage().contains("GREEN, AMBER, RED, NOT_REPORTED or NOT_ASSESSED"));
    }
}

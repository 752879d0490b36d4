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
        Overview overview = Overview.of(YEAR, Overview.Filter.parse(null, null, null, null), 1);
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
        Overview overview = Overview.of(YEAR, Overview.Filter.parse(List.of("RED", "amber"), null, null, null), 1);
        assertEquals(List.of("A-02", "B-01"), overview.lines().stream().map(l -> l.row().code()).toList());
        assertEquals(4, overview.allTargets().total());
        assertEquals("status Red or Amber", overview.filter().describe(Quarter.Q2));
        assertEquals(List.of("B-02"), Overview.of(YEAR, Overview.Filter.parse(null, "Efficiency", "true", null), 1).lines().stream()
                .map(l -> l.row().code()).toList());
        assertEquals(List.of("A-01"), Overview.of(YEAR, Overview.Filter.parse(null, null, null, "a-01"), 1).lines().stream()
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

    private static YearDeliverables yearOf(int targets) {
        List<DeliverableRow> rows = new java.util.ArrayList<>();
        for (int t = 1; t <= targets; t++) {
            // Every fifth red, so attention order moves them to the front: T-0005, T-0010, ... then the greens.
            rows.add(row(String.format("T-%04d", t), t % 2 == 0 ? "Peer" : "Efficiency", true, t % 5 == 0 ? Rag.RED : Rag.GREEN,
                    Rag.GREEN));
        }
        return new YearDeliverables("2090-91", "2090/91", Quarter.Q2, rows, new KeyTargetSummary(targets, 0, 0, 0, 0, 0, 0), null);
    }

    @Test
    void aLongListIsShownAPageAtATimeInAttentionOrderWithTheCountsOfTheWholeYear() {
        YearDeliverables year = yearOf(uk.gov.sli.platform.web.Paging.SIZE * 2 + 50);
        Overview first = Overview.of(year, Overview.Filter.parse(null, null, null, null), 1);
        assertEquals(uk.gov.sli.platform.web.Paging.SIZE, first.lines().size());
        assertEquals("T-0005", first.lines().get(0).row().code(), "reds first");
        assertEquals(3, first.paging().pages());
        assertEquals(450, first.allTargets().total());
        assertEquals("Targets 1 to 200 of 450, those needing attention first", first.caption());
        assertEquals(List.of(1, 2, 3), first.paging().items());

        Overview last = Overview.of(year, Overview.Filter.parse(null, null, null, null), 3);
        assertEquals(50, last.lines().size());
        assertEquals("T-0449", last.lines().get(49).row().code());
        assertEquals("Targets 401 to 450 of 450, those needing attention first", last.caption());
        assertEquals(last.lines(), Overview.of(year, Overview.Filter.parse(null, null, null, null), 9).lines(),
                "a page past the end shows the last");
        assertEquals(3, Overview.of(year, Overview.Filter.parse(null, null, null, null), 9).paging().page());

        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int page = 1; page <= 3; page++) {
            Overview.of(year, Overview.Filter.parse(null, null, null, null), page).lines().forEach(l -> seen.add(l.row().code()));
        }
        assertEquals(450, seen.size(), "every target on exactly one page");
    }

    @Test
    void aFilteredListPagesTheMatchesAndItsLinksKeepTheFilter() {
        YearDeliverables year = yearOf(uk.gov.sli.platform.web.Paging.SIZE * 5);
        Overview.Filter peer = Overview.Filter.parse(List.of("GREEN"), "Peer & Partners?", "true", "T-");
        Overview page = Overview.of(year, peer, 1);
        assertEquals(0, page.matched(), "no theme of that name");
        assertEquals(1, page.paging().pages());
        assertEquals("/years/2090-91?quarter=Q2&rag=GREEN&theme=Peer+%26+Partners%3F&key=true&q=T-&page=2#targets",
                page.paging().href(2));

        Overview greens = Overview.of(year, Overview.Filter.parse(List.of("GREEN"), "Peer", null, null), 2);
        assertEquals(400, greens.matched(), "500 in Peer, every fifth red");
        assertEquals("Targets 201 to 400 of the 400 matching, of 1,000", greens.caption());
        assertEquals("4 of 4 targets", Overview.of(YEAR, Overview.Filter.parse(null, null, "false", "-0"), 1).caption());
        assertEquals("All 4 targets, those needing attention first",
                Overview.of(YEAR, Overview.Filter.parse(null, null, null, null), 1).caption());
    }

}

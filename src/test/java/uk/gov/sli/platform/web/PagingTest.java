package uk.gov.sli.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import uk.gov.sli.rules.InvalidInputException;

/** A long list a page at a time: which rows, which page numbers, and the links to them. */
class PagingTest {

    private static final List<Integer> ROWS = IntStream.rangeClosed(1, 1000).boxed().toList();

    @Test
    void aPageShowsItsRowsAndAPagePastTheEndShowsTheLast() {
        Paging<Integer> third = Paging.of(ROWS, 3, 200, "/years/2090-91/returns/Q1?owner=a", "");
        assertEquals(List.of(401, 600), List.of(third.shown().get(0), third.shown().get(199)));
        assertEquals(List.of(401, 600, 5), List.of(third.first(), third.last(), third.pages()));
        Paging<Integer> past = Paging.of(ROWS.subList(0, 450), 9, 200, "/x", "");
        assertEquals(List.of(3, 401, 450), List.of(past.page(), past.first(), past.last()));
        Paging<Integer> empty = Paging.of(List.<Integer>of(), 1, 200, "/x", "");
        assertEquals(List.of(1, 0), List.of(empty.pages(), empty.shown().size()));
    }

    @Test
    void itsLinksKeepTheAddressAndItsQuery() {
        assertEquals("/years/2090-91/returns/Q1?owner=a&page=2", Paging.of(ROWS, 1, 200, "/years/2090-91/returns/Q1?owner=a", "")
                .href(2));
        assertEquals("/years/2090-91?page=4#targets", Paging.of(ROWS, 1, 200, "/years/2090-91", "#targets").href(4));
    }

    @Test
    void thePaginationOffersTheFirstTheLastAndTheNeighboursWithGapsBetween() {
        List<Integer> rows = IntStream.rangeClosed(1, 2000).boxed().toList();
        assertEquals(List.of(1, 0, 4, 5, 6, 0, 10), Paging.of(rows, 5, 200, "/x", "").items());
        assertEquals(List.of(1, 2, 0, 10), Paging.of(rows, 1, 200, "/x", "").items());
        assertEquals(List.of(1, 2, 3, 0, 10), Paging.of(rows, 2, 200, "/x", "").items());
        assertEquals(List.of(1, 0, 9, 10), Paging.of(rows, 10, 200, "/x", "").items());
        assertEquals(List.of(1, 2, 3), Paging.of(rows.subList(0, 450), 1, 200, "/x", "").items());
    }

    @Test
    void aPageThatIsNotAWholeNumberFromOneIsRefused() {
        assertEquals(1, Paging.page(null));
        assertEquals(1, Paging.page(" "));
        assertEquals(7, Paging.page("7"));
        for (String bad : List.of("0", "-1", "two", "1.5", "99999999999")) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> Paging.page(bad), bad);
            assertEquals("page must be a whole number from 1", e.getMessage());
        }
    }

    @Test
    void itsCaptionSaysWhichRowsOfHowMany() {
        assertEquals("27 of 27 targets", Paging.of(ROWS.subList(0, 27), 1, 200, "/x", "").caption(27, "targets"));
        assertEquals("3 of 27 targets", Paging.of(ROWS.subList(0, 3), 1, 200, "/x", "").caption(27, "targets"));
        assertEquals("Targets 201 to 400 of 1,000", Paging.of(ROWS, 2, 200, "/x", "").caption(1000, "targets"));
        assertEquals("Targets 801 to 900 of the 900 matching, of 25,000",
                Paging.of(ROWS.subList(0, 900), 5, 200, "/x", "").caption(25_000, "targets"));
    }
}

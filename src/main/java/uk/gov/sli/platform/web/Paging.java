package uk.gov.sli.platform.web;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.qute.TemplateData;
import uk.gov.sli.rules.InvalidInputException;

/**
 * One page of a long list, and the links to the others (GOV.UK pagination: {@code partials/pagination}). A list of
 * thousands of rows on one page is more than a browser shows usefully and than the heap should make: a year of
 * 25,000 targets was ~27 MB of HTML.
 *
 * @param shown the rows of this page
 * @param total how many rows the whole list has
 * @param page this page, from 1 (a page past the end shows the last)
 * @param size the most rows a page shows
 * @param base the list's address with its query (the filter), to which a link adds {@code page=n}
 * @param anchor what a link ends with, such as {@code #targets}, or nothing
 */
@TemplateData
public record Paging<T>(List<T> shown, int total, int page, int size, String base, String anchor) {

    /** How many rows a page shows, unless a list says otherwise. */
    public static final int SIZE = 200;

    /** Page {@code requested} of {@code all}, {@code size} rows a page. */
    public static <T> Paging<T> of(List<T> all, int requested, int size, String base, String anchor) {
        int pages = Math.max(1, (all.size() + size - 1) / size);
        int page = Math.max(1, Math.min(requested, pages));
        int from = (page - 1) * size;
        return new Paging<>(all.subList(from, Math.min(all.size(), from + size)), all.size(), page, size, base, anchor);
    }

    /** The page asked for in a query parameter: the first when none is given. */
    public static int page(String page) {
        if (page == null || page.isBlank()) {
            return 1;
        }
        try {
            int n = Integer.parseInt(page.trim());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidInputException("page", "page must be a whole number from 1");
    }

    /** How many pages the list takes: at least one, even when it is empty. */
    public int pages() {
        return Math.max(1, (total + size - 1) / size);
    }

    /** The position in the whole list of this page's first row, from 1. */
    public int first() {
        return (page - 1) * size + 1;
    }

    /** The position in the whole list of this page's last row. */
    public int last() {
        return first() + shown.size() - 1;
    }

    /**
     * "27 of 27 targets" on one page; "Targets 201 to 400 of 25,000" on one of several, or "... of the 3,000
     * matching, of 25,000" when a filter narrowed the list.
     */
    public String caption(int all, String noun) {
        if (pages() == 1) {
            return String.format("%,d of %,d %s", total, all, noun);
        }
        String range = String.format("%s%s %,d to %,d", noun.substring(0, 1).toUpperCase(java.util.Locale.ROOT), noun.substring(1),
                first(), last());
        return total == all ? String.format("%s of %,d", range, all) : String.format("%s of the %,d matching, of %,d", range, total, all);
    }

    /** The address of page {@code n}. */
    public String href(int n) {
        return base + (base.contains("?") ? "&" : "?") + "page=" + n + anchor;
    }

    /** The page numbers the pagination offers: the first, the last, this one and its neighbours; 0 for a gap. */
    public List<Integer> items() {
        List<Integer> items = new ArrayList<>();
        int last = pages();
        for (int n = 1; n <= last; n++) {
            if (n == 1 || n == last || Math.abs(n - page) <= 1) {
                items.add(n);
            } else if (items.get(items.size() - 1) != 0) {
                items.add(0);
            }
        }
        return items;
    }
}

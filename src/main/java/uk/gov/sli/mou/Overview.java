package uk.gov.sli.mou;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import uk.gov.sli.platform.web.Paging;
import uk.gov.sli.rules.InvalidInputException;
import uk.gov.sli.rules.Movement;
import uk.gov.sli.rules.Quarter;
import uk.gov.sli.rules.Rag;
import uk.gov.sli.rules.StatusCounts;

/**
 * The head of improvement's year at a glance, as at a quarter: key and all targets counted by reported RAG, the same
 * counts by theme, and the targets that need attention first (red, amber, awaiting, not assessed, then green), each
 * with its movement since last quarter. The counts are of the whole year; the filter narrows only the list.
 */
public record Overview(YearDeliverables deliverables, StatusCounts keyTargets, StatusCounts allTargets,
        List<ThemeLine> matrix, Paging<Line> paging, Filter filter) {


    /** The statuses in the order the overview shows them: what needs attention first. */
    public static final List<Rag> STATUSES = List.of(Rag.RED, Rag.AMBER, Rag.NOT_REPORTED, Rag.NOT_ASSESSED, Rag.GREEN);

    /** One theme's row of the matrix. */
    public record ThemeLine(String theme, StatusCounts counts) {
    }

    /** One target in the list, with how its RAG moved since last quarter. */
    public record Line(DeliverableRow row, Movement movement, String movementText) {
    }

    /** What the list is narrowed to: any of these statuses (none = all), one theme, key targets, a code or title. */
    public record Filter(Set<Rag> statuses, String theme, boolean keyOnly, String search) {

        public static Filter parse(List<String> rags, String theme, String key, String search) {
            Set<Rag> statuses = EnumSet.noneOf(Rag.class);
            for (String rag : rags == null ? List.<String>of() : rags) {
                if (rag == null || rag.isBlank()) {
                    continue;
                }
                try {
                    statuses.add(Rag.valueOf(rag.trim().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException("rag",
                            "rag must be one of GREEN, AMBER, RED, NOT_REPORTED or NOT_ASSESSED");
                }
            }
            return new Filter(statuses, blankToNull(theme), "true".equals(key), blankToNull(search));
        }

        public boolean active() {
            return !statuses.isEmpty() || theme != null || keyOnly || search != null;
        }

        public boolean has(Rag rag) {
            return statuses.contains(rag);
        }

        boolean matches(DeliverableRow row) {
            return (statuses.isEmpty() || statuses.contains(row.rag()))
                    && (theme == null || theme.equals(row.theme()))
                    && (!keyOnly || row.key())
                    && (search == null || contains(row.code(), search) || contains(row.title(), search));
        }

        /** "red or amber key targets in Peer Work matching 'peer'", for the line above the list. */
        public String describe(Quarter asAt) {
            List<String> parts = new ArrayList<>();
            if (!statuses.isEmpty()) {
                parts.add("status " + STATUSES.stream().filter(statuses::contains).map(r -> label(r, asAt))
                        .collect(Collectors.joining(" or ")));
            }
            if (keyOnly) {
                parts.add("key targets only");
            }
            if (theme != null) {
                parts.add("theme " + theme);
            }
            if (search != null) {
                parts.add("code or title containing \u201c" + search + "\u201d");
            }
            return String.join("; ", parts);
        }

        /** The filter as query parameters, each starting with "&amp;", for links that keep it. */
        String query() {
            StringBuilder query = new StringBuilder();
            STATUSES.stream().filter(statuses::contains).forEach(r -> query.append("&rag=").append(r.name()));
            if (theme != null) {
                query.append("&theme=").append(java.net.URLEncoder.encode(theme, java.nio.charset.StandardCharsets.UTF_8));
            }
            if (keyOnly) {
                query.append("&key=true");
            }
            if (search != null) {
                query.append("&q=").append(java.net.URLEncoder.encode(search, java.nio.charset.StandardCharsets.UTF_8));
            }
            return query.toString();
        }

        private static boolean contains(String text, String part) {
            return text != null && text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text.trim();
        }
    }

    /** A status as the overview names it: "Awaiting Q3 figure" rather than "Not reported". */
    public static String label(Rag rag, Quarter asAt) {
        return rag == Rag.NOT_REPORTED ? "Awaiting " + asAt.name() + " figure" : rag.label();
    }

    /** The targets of this page of the list. */
    public List<Line> lines() {
        return paging.shown();
    }

    /** How many targets the filter lets through, on every page. */
    public int matched() {
        return paging.total();
    }

    /** The list's caption: how many targets, and which of them this page shows when there is more than one. */
    public String caption() {
        int all = deliverables.targets().size();
        if (paging.pages() == 1) {
            return filter.active() ? matched() + " of " + all + " targets" : "All " + all + " targets, those needing attention first";
        }
        return paging.caption(all, "targets") + (filter.active() ? "" : ", those needing attention first");
    }

    /** Page {@code page} (from 1) of the list narrowed by {@code filter}, {@link Paging#SIZE} targets a page. */
    static Overview of(YearDeliverables deliverables, Filter filter, int page) {
        List<DeliverableRow> rows = deliverables.targets();
        StatusCounts key = StatusCounts.of(rows.stream().filter(DeliverableRow::key).map(DeliverableRow::rag).toList());
        StatusCounts all = StatusCounts.of(rows.stream().map(DeliverableRow::rag).toList());
        List<ThemeLine> matrix = deliverables.byTheme().entrySet().stream()
                .map(e -> new ThemeLine(e.getKey(), StatusCounts.of(e.getValue().stream().map(DeliverableRow::rag).toList())))
                .toList();
        Quarter asAt = deliverables.quarter();
        List<Line> lines = rows.stream().filter(filter::matches)
                .sorted(Comparator.comparingInt((DeliverableRow r) -> r.rag().attention()))
                .map(r -> {
                    Movement movement = Movement.between(r.previousRag(), r.rag());
                    return new Line(r, movement, movement.describe(asAt));
                })
                .toList();
        String base = "/years/" + deliverables.year() + "?quarter=" + asAt.name() + filter.query();
        return new Overview(deliverables, key, all, matrix, Paging.of(lines, page, Paging.SIZE, base, "#targets"), filter);
    }
}

package uk.gov.sli.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import uk.gov.sli.finance.FinanceService;
import uk.gov.sli.headline.HeadlineFigure;
import uk.gov.sli.leadership.LeadershipBooking;
import uk.gov.sli.leadership.LeadershipScore;
import uk.gov.sli.mou.DeliverableRow;
import uk.gov.sli.mou.DeliverablesService;
import uk.gov.sli.mou.MouYear;
import uk.gov.sli.rules.Numbers;
import uk.gov.sli.rules.Quarter;

/** The data a dashboard panel may name as its source, computed through the same services as the pages. */
@ApplicationScoped
public class DashboardSources {

    private record Source(Set<String> params, BiFunction<String, Map<String, String>, ChartData> load) {
    }

    @Inject
    DeliverablesService deliverables;

    @Inject
    FinanceService finance;

    private final Map<String, Source> sources = new LinkedHashMap<>();

    public DashboardSources() {
        sources.put("peer-challenges.by-quarter", new Source(Set.of("target"), this::peerByQuarter));
        sources.put("peer-challenges.pipeline", new Source(Set.of(), this::peerPipeline));
        sources.put("peer-challenges.by-year", new Source(Set.of("target"), this::peerByYear));
        sources.put("leadership.totals", new Source(Set.of(), this::leadershipTotals));
        sources.put("leadership.bookings", new Source(Set.of("dimension"), this::leadershipBookings));
        sources.put("leadership.satisfaction", new Source(Set.of("programme"), this::satisfaction));
        sources.put("finance.variance", new Source(Set.of("period"), this::financeVariance));
        sources.put("finance.budget-outturn", new Source(Set.of("period"), this::budgetOutturn));
    }

    /** Each source's name and the parameters it takes, for checking the dashboard files. */
    public Map<String, Set<String>> parameters() {
        Map<String, Set<String>> params = new LinkedHashMap<>();
        sources.forEach((name, source) -> params.put(name, source.params()));
        return params;
    }

    public ChartData load(String source, String yearId, Map<String, String> params) {
        return sources.get(source).load().apply(yearId, params == null ? Map.of() : params);
    }

    private ChartData peerByQuarter(String yearId, Map<String, String> params) {
        String code = params.getOrDefault("target", "PEER-01");
        Quarter latest = deliverables.quarterOrLatest(yearId, null);
        List<String> labels = new ArrayList<>();
        List<BigDecimal> inQuarter = new ArrayList<>();
        List<BigDecimal> toDate = new ArrayList<>();
        List<BigDecimal> expected = new ArrayList<>();
        for (Quarter q : Quarter.values()) {
            labels.add(q.name() + " " + q.months());
            // As at the latest reported quarter: later quarters are not due (rule 9).
            DeliverableRow row = rowOf(yearId, q.isAfter(latest) ? latest : q, code);
            if (row != null && q.isAfter(latest)) {
                // Not due yet: no figures, but the profile still says what is expected by then.
                inQuarter.add(null);
                toDate.add(null);
                expected.add(row.expectedAt(q));
                continue;
            }
            inQuarter.add(row == null ? null : row.quarters().get(q.name()));
            toDate.add(row == null || row.quarters().get(q.name()) == null ? null : row.total());
            expected.add(row == null ? null : row.expectedToDate());
        }
        return new ChartData(labels, List.of(new ChartData.Series("Delivered in the quarter", inQuarter),
                new ChartData.Series("Delivered to date", toDate),
                new ChartData.Series("Expected to date (target x profile)", expected)), "peer challenges");
    }

    private ChartData peerPipeline(String yearId, Map<String, String> params) {
        return new ChartData(List.of("Delivered", "Delivered, confirmed or in discussion"),
                // A year's documents may give neither figure: those points are empty, not an error.
                List.of(new ChartData.Series("Peer challenges", java.util.Arrays.asList(
                        headline(yearId, "peer_challenges_delivered"), headline(yearId, "peer_challenges_pipeline")))),
                "peer challenges");
    }

    private ChartData peerByYear(String ignored, Map<String, String> params) {
        String code = params.getOrDefault("target", "PEER-01");
        List<String> labels = new ArrayList<>();
        List<BigDecimal> delivered = new ArrayList<>();
        List<BigDecimal> planned = new ArrayList<>();
        List<BigDecimal> corporate = new ArrayList<>();
        List<BigDecimal> firstHalf = new ArrayList<>();
        Map<String, Map<String, BigDecimal>> headlines = new java.util.HashMap<>();
        for (HeadlineFigure h : HeadlineFigure.<HeadlineFigure>list("measure like 'peer_challenges%'")) {
            headlines.computeIfAbsent(h.yearId, y -> new java.util.HashMap<>()).put(h.measure, Numbers.plain(h.value));
        }
        Map<String, Quarter> latest = deliverables.latestQuarters();
        for (MouYear year : MouYear.<MouYear>list("order by id")) {
            Optional<DeliverableRow> target = Optional.ofNullable(
                    rowOf(year.id, latest.getOrDefault(year.id, Quarter.Q1), code));
            Map<String, BigDecimal> stated = headlines.getOrDefault(year.id, Map.of());
            BigDecimal reported = target.map(DeliverableRow::total).orElse(null);
            BigDecimal headlineDelivered = stated.get("peer_challenges_delivered");
            labels.add(year.label);
            delivered.add(reported != null ? reported : headlineDelivered);
            BigDecimal plan = stated.get("peer_challenges_planned");
            planned.add(plan != null ? plan : target.map(DeliverableRow::target).orElse(null));
            BigDecimal corp = stated.get("peer_challenges_corporate_or_finance");
            corporate.add(corp != null ? corp : stated.get("peer_challenges_corporate_planned"));
            firstHalf.add(stated.get("peer_challenges_delivered_first_half"));
        }
        return new ChartData(labels, List.of(new ChartData.Series("Delivered (to date)", delivered),
                new ChartData.Series("Target or planned", planned),
                new ChartData.Series("Corporate/finance (delivered or planned)", corporate),
                new ChartData.Series("Delivered in the first half", firstHalf)), "peer challenges");
    }

    private ChartData leadershipTotals(String yearId, Map<String, String> params) {
        List<BigDecimal> totals = new ArrayList<>();
        List<LeadershipBooking> byParty = LeadershipBooking.<LeadershipBooking>list("yearId = ?1 and dimension = 'party'", yearId);
        for (String programme : LeadershipBooking.PROGRAMMES) {
            totals.add(byParty.isEmpty() ? null : BigDecimal.valueOf(byParty.stream()
                    .filter(b -> b.programme.equals(programme)).mapToInt(b -> b.bookings).sum()));
        }
        return new ChartData(LeadershipBooking.PROGRAMMES.stream().map(LeadershipBooking::named).toList(),
                List.of(new ChartData.Series("Bookings", totals)), "bookings");
    }

    private ChartData leadershipBookings(String yearId, Map<String, String> params) {
        String dimension = params.getOrDefault("dimension", "party");
        List<LeadershipBooking> rows = LeadershipBooking.<LeadershipBooking>list(
                "yearId = ?1 and dimension = ?2 order by displayOrder", yearId, dimension);
        List<String> categories = rows.stream().map(b -> b.category).distinct().toList();
        List<ChartData.Series> series = new ArrayList<>();
        for (String programme : LeadershipBooking.PROGRAMMES) {
            List<BigDecimal> data = new ArrayList<>();
            for (String category : categories) {
                data.add(rows.stream().filter(b -> b.category.equals(category) && b.programme.equals(programme))
                        .findFirst().map(b -> BigDecimal.valueOf(b.bookings)).orElse(null));
            }
            series.add(new ChartData.Series(LeadershipBooking.named(programme), data));
        }
        return new ChartData(categories, series, "bookings");
    }

    private ChartData satisfaction(String yearId, Map<String, String> params) {
        String programme = params.get("programme");
        List<LeadershipScore> scores = LeadershipScore.forYear(yearId);
        if (programme != null) {
            List<LeadershipScore> of = scores.stream().filter(s -> s.programme.equals(programme)).toList();
            return new ChartData(of.stream().map(s -> s.module).toList(), List.of(new ChartData.Series("Average score",
                    of.stream().map(s -> Numbers.plain(s.score)).toList())), "score (1-4)");
        }
        List<String> labels = new ArrayList<>();
        List<BigDecimal> averages = new ArrayList<>();
        for (String p : LeadershipBooking.PROGRAMMES) {
            List<LeadershipScore> of = scores.stream().filter(s -> s.programme.equals(p)).toList();
            if (!of.isEmpty()) {
                labels.add(LeadershipBooking.named(p) + ", " + of.size() + " modules");
                averages.add(of.stream().map(s -> s.score).reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(of.size()), 2, java.math.RoundingMode.HALF_UP));
            }
        }
        return new ChartData(labels, List.of(new ChartData.Series("Average score across modules", averages)), "score (1-4)");
    }

    private ChartData financeVariance(String yearId, Map<String, String> params) {
        FinanceService.FinanceTable table = finance.atPeriod(yearId, period(params));
        List<FinanceService.FinanceLineView> lines = table.lines().stream().filter(l -> l.outturnVariance() != null).toList();
        return new ChartData(lines.stream().map(FinanceService.FinanceLineView::description).toList(),
                List.of(new ChartData.Series("Adverse (overspend or income shortfall)", lines.stream()
                                .map(l -> l.outturnVariance().signum() > 0 ? l.outturnVariance() : null).toList(), ChartData.ADVERSE),
                        new ChartData.Series("Favourable or on budget", lines.stream()
                                .map(l -> l.outturnVariance().signum() > 0 ? null : l.outturnVariance()).toList(), ChartData.FAVOURABLE)),
                "£000s");
    }

    private ChartData budgetOutturn(String yearId, Map<String, String> params) {
        FinanceService.FinanceTable table = finance.atPeriod(yearId, period(params));
        return new ChartData(table.totals().stream().map(FinanceService.FinanceLineView::description).toList(),
                List.of(new ChartData.Series("Budget year", table.totals().stream().map(FinanceService.FinanceLineView::budgetYear).toList()),
                        new ChartData.Series("Forecast outturn",
                                table.totals().stream().map(FinanceService.FinanceLineView::forecastOutturn).toList())), "£000s");
    }

    private DeliverableRow rowOf(String yearId, Quarter quarter, String code) {
        return deliverables.rowAsAt(yearId, quarter, code).orElse(null);
    }

    private static Integer period(Map<String, String> params) {
        String p = params.get("period");
        return p == null || p.isBlank() ? null : Integer.valueOf(p);
    }

    private static BigDecimal headline(String yearId, String measure) {
        return HeadlineFigure.find(yearId, measure).map(h -> Numbers.plain(h.value)).orElse(null);
    }
}

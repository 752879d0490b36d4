package uk.gov.sli.mou;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import uk.gov.sli.mou.YearPages.QuarterLine;
import uk.gov.sli.rules.InvalidInputException;
import uk.gov.sli.rules.Movement;
import uk.gov.sli.rules.Quarter;
import uk.gov.sli.rules.Rag;
import uk.gov.sli.signoff.Restatement;
import uk.gov.sli.signoff.SignOffService;

/** What the year and target pages show, gathered in one transaction. */
@ApplicationScoped
public class YearView {

    /** A figure a year's documents state outright, for a year that holds no targets. */
    public record Headline(String measure, BigDecimal value, String qualifier, String source) {
    }

    public record Year(Overview overview, List<MouYear> years, List<Headline> headlines,
            List<Restatement> restatements) {
    }

    public record TargetPage(MouYear year, Target target, Quarter quarter, List<QuarterLine> lines,
            List<FigureHistory.Entry> history, List<Projection> projection, Movement movement) {

        /** The target as at the page's quarter. */
        public DeliverableRow asAt() {
            return lines.get(lines.size() - 1).asAt();
        }

        /** "worse than Q1", or empty. */
        public String movementText() {
            return movement.describe(quarter);
        }
    }

    /**
     * One quarter of the year on the target's chart: the actual total to date up to the as-at quarter, what the
     * profile expects by then (the plan, known for the whole year), and the forecast line from the as-at total to the
     * year-end forecast (rule 6). Nothing reported after the as-at quarter appears here (rule 9).
     */
    public record Projection(Quarter quarter, BigDecimal actual, BigDecimal expected, BigDecimal forecast) {
    }

    @Inject
    DeliverablesService deliverables;

    @Inject
    FigureHistory figureHistory;

    @Inject
    SignOffService signOff;

    @Inject
    jakarta.enterprise.inject.Instance<HeadlineSource> headlineSources;

    /**
     * Everything the year pages, the deliverables JSON and the dashboards are computed from, in one small query
     * ({@link #VERSION}): every year's id, label and data version (which every change to its themes, targets, figures,
     * finance lines and totals, leadership bookings and scores moves on), the sign-offs and reopenings, the
     * restatements and the headline figures. Any change to those gives a new value.
     * Held in memory between changes (see {@link DataVersion}).
     */
    public String version() {
        return dataVersion.current();
    }

    /** The data-version read (also run bare by the benchmark's database floor). */
    public static final String VERSION = """
            select md5(coalesce((select string_agg(id || ':' || data_version || ':' || coalesce(label, ''), ',' order by id)
                                   from mou_year), '')
                   || '|' || (select count(*) || ':' || coalesce(max(id), 0) from quarter_lock_event)
                   || '|' || (select count(*) || ':' || coalesce(max(id), 0) from restatement)
                   || '|' || coalesce((select md5(string_agg(year_id || measure || value::text || coalesce(qualifier, '') || source,
                                                              ',' order by id)) from headline_figure), ''))
            """;

    @Inject
    DataVersion dataVersion;

    @Transactional
    public Year year(String id, String quarterParam, Overview.Filter filter, int page) {
        Quarter quarter = deliverables.quarterOrLatest(id, quarterParam);
        YearDeliverables result = deliverables.asAt(id, quarter);
        return new Year(Overview.of(result, filter, page), MouYear.latestFirst(),
                result.targets().isEmpty() ? headlines(id) : List.of(), signOff.restatementsBefore(id, quarter));
    }

    /** Q1 up to the as-at quarter only (rule 9), each as the year's view at that quarter shows it. */
    @Transactional
    public TargetPage target(String id, String code, String quarterParam) {
        MouYear year = MouYear.require(id);
        Target target = Target.require(id, code);
        org.hibernate.Hibernate.initialize(target.theme);
        Quarter quarter = deliverables.quarterOrLatest(id, quarterParam);
        List<QuarterLine> lines = new ArrayList<>();
        for (Quarter q : quarter.upTo()) {
            DeliverableRow row = deliverables.rowAsAt(id, q, code).orElseGet(() -> DeliverablesService.row(target, q));
            lines.add(new QuarterLine(q, row.quarters().get(q.name()), row));
        }
        DeliverableRow now = lines.get(lines.size() - 1).asAt();
        List<Projection> projection = new ArrayList<>();
        for (Quarter q : Quarter.values()) {
            BigDecimal actual = q.isAfter(quarter) ? null : lines.get(q.number() - 1).asAt().total();
            BigDecimal forecast = now.forecast() == null ? null
                    : q == quarter ? now.total() : q == Quarter.Q4 ? now.forecast() : null;
            projection.add(new Projection(q, actual, now.expectedAt(q), forecast));
        }
        return new TargetPage(year, target, quarter, lines, figureHistory.forTarget(target), projection,
                Movement.between(now.previousRag(), now.rag()));
    }

    private List<Headline> headlines(String yearId) {
        return headlineSources.stream().flatMap(source -> source.forYear(yearId).stream()).toList();
    }

    /**
     * Figures a year's documents state outright, from the feature that keeps them (which sits above this one), for
     * the page of a year that holds no targets.
     */
    public interface HeadlineSource {
        List<Headline> forYear(String yearId);
    }
}

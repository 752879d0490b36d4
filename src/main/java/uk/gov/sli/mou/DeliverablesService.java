package uk.gov.sli.mou;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import uk.gov.sli.rules.Assessment;
import uk.gov.sli.rules.DeliverableRules;
import uk.gov.sli.rules.KeyTargetSummary;
import uk.gov.sli.rules.Numbers;
import uk.gov.sli.rules.Quarter;
import uk.gov.sli.signoff.SignOffService;
import uk.gov.sli.signoff.SignedOff;

/**
 * A year's deliverables as at a quarter: read from the snapshot when the quarter is signed off (rule 10), otherwise
 * computed through the rules core from the figures of Q1..q only (rule 9), in one query. The result is kept per
 * year, quarter and data version (moved on by a database trigger on every change and sign-off, from any instance),
 * so a repeated read costs one small query.
 */
@ApplicationScoped
public class DeliverablesService {

    private record Key(String yearId, Quarter quarter, long dataVersion) {
    }

    /**
     * Weighed by rows, not views: one view of a 25,000-target year holds as many rows as 400 views of the seed years,
     * and a count limit would keep a few of those until the heap runs out.
     */
    static final long CACHED_ROWS = 30_000;

    private final Cache<Key, YearDeliverables> views = Caffeine.newBuilder()
            .maximumWeight(CACHED_ROWS)
            .weigher((Key key, YearDeliverables view) -> 1 + view.targets().size())
            .expireAfterAccess(Duration.ofMinutes(30))
            .build();

    private record RowKey(String yearId, Quarter quarter, long dataVersion, String code) {
    }

    /** Single rows asked for without their year's view (dashboards, target pages), kept for the same data version. */
    private final Cache<RowKey, Optional<DeliverableRow>> rows = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterAccess(Duration.ofMinutes(30))
            .build();

    @Inject
    SignOffService signOff;

    @Transactional
    public YearDeliverables asAt(String yearId, Quarter quarter) {
        Object[] year = labelAndVersion(yearId);
        return views.get(new Key(yearId, quarter, (Long) year[1]), key -> load(yearId, (String) year[0], quarter));
    }

    /**
     * One target's row as the year's view at that quarter shows it (empty when the year has no such code), without
     * computing the other targets of an open quarter: a dashboard or a target page asks for one row, and a year may
     * hold 25,000. A signed-off quarter's row comes from its snapshot, like every other view of it.
     */
    @Transactional
    public Optional<DeliverableRow> rowAsAt(String yearId, Quarter quarter, String code) {
        Object[] year = labelAndVersion(yearId);
        Key key = new Key(yearId, quarter, (Long) year[1]);
        YearDeliverables cached = views.getIfPresent(key);
        if (cached != null) {
            return cached.targets().stream().filter(r -> r.code().equals(code)).findFirst();
        }
        return rows.get(new RowKey(yearId, quarter, (Long) year[1], code), k -> {
            if (signOff.signedOff(yearId, quarter).isPresent()) {
                return views.get(key, v -> load(yearId, (String) year[0], quarter)).targets().stream()
                        .filter(r -> r.code().equals(code)).findFirst();
            }
            return Target.findByCode(yearId, code).map(target -> row(target, quarter));
        });
    }

    private static Object[] labelAndVersion(String yearId) {
        return MouYear.getEntityManager()
                .createQuery("select y.label, y.dataVersion from MouYear y where y.id = ?1", Object[].class)
                .setParameter(1, yearId).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("No MoU year '" + yearId + "'"));
    }

    private YearDeliverables load(String yearId, String label, Quarter quarter) {
        Optional<SignedOff> signedOff = signOff.signedOff(yearId, quarter);
        if (signedOff.isPresent()) {
            return signOff.part(yearId, quarter, MouSnapshotPart.NAME, YearDeliverables.class)
                    .orElseThrow(() -> new IllegalStateException("the snapshot of " + quarter + " of " + yearId
                            + " has no deliverables"))
                    .signedOffBy(signedOff.get());
        }
        return compute(yearId, label, quarter);
    }

    /** The live view, from the figures as they stand: what a sign-off records. */
    YearDeliverables compute(String yearId, String label, Quarter quarter) {
        List<DeliverableRow> rows = Target.readWithFigures(yearId, targets -> targets.stream().map(t -> row(t, quarter)).toList());
        return new YearDeliverables(yearId, label, quarter, rows, summarise(rows), null);
    }

    /** The quarter asked for, or when none is, the latest quarter with a reported figure (Q1 if none). */
    @Transactional
    public Quarter quarterOrLatest(String yearId, String quarter) {
        if (quarter != null && !quarter.isBlank()) {
            return Quarter.parse(quarter);
        }
        MouYear.require(yearId);
        Short latest = QuarterlyFigure.getEntityManager()
                .createQuery("select max(f.quarter) from QuarterlyFigure f where f.target.yearId = ?1 and f.value is not null",
                        Short.class)
                .setParameter(1, yearId).getSingleResult();
        return latest == null ? Quarter.Q1 : Quarter.of(latest);
    }

    /** Each year's latest quarter with a reported figure, in one query (years with none are absent). */
    @Transactional
    public Map<String, Quarter> latestQuarters() {
        Map<String, Quarter> latest = new java.util.HashMap<>();
        QuarterlyFigure.getEntityManager().createQuery("select f.target.yearId, max(f.quarter) from QuarterlyFigure f "
                + "where f.value is not null group by f.target.yearId", Object[].class).getResultList()
                .forEach(row -> latest.put((String) row[0], Quarter.of((Short) row[1])));
        return latest;
    }

    /** One target as at a quarter: only Q1..asAt is shown or counted. */
    static DeliverableRow row(Target target, Quarter asAt) {
        Optional<QuarterlyFigure> current = target.figure(asAt);
        Assessment a = DeliverableRules.assess(target.spec(), target.values(), asAt, target.overrides());
        Map<String, BigDecimal> quarters = new LinkedHashMap<>();
        for (Quarter q : Quarter.values()) {
            quarters.put(q.name(), q.isAfter(asAt) ? null : target.figure(q).map(f -> Numbers.plain(f.value)).orElse(null));
        }
        return new DeliverableRow(target.code, target.theme.name, target.title, target.description,
                Numbers.plain(target.targetValue), target.unit, target.measure.label(), target.profile().toString(),
                Numbers.plain(target.amberThreshold), target.keyTarget, quarters,
                Numbers.plain(a.total()), a.percentAchieved(), Numbers.plain(a.expectedToDate()),
                a.computedRag(), a.rag(), a.ragOverridden(),
                a.ragOverridden() ? current.map(f -> f.ragReason).orElse(null) : null,
                !a.reportedThisQuarter(), a.previousRag(),
                Numbers.plain(a.forecast()), a.forecastPercent(),
                current.map(f -> f.commentary).orElse(null),
                current.map(f -> f.version).orElse(null));
    }

    static KeyTargetSummary summarise(List<DeliverableRow> rows) {
        return KeyTargetSummary.of(rows.stream()
                .map(r -> new KeyTargetSummary.SummaryInput(r.key(), r.rag(), r.percentAchieved()))
                .toList());
    }
}

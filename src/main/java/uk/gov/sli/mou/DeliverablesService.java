package uk.gov.sli.mou;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.gov.sli.rules.Assessment;
import uk.gov.sli.rules.DeliverableRules;
import uk.gov.sli.rules.KeyTargetSummary;
import uk.gov.sli.rules.Quarter;
import uk.gov.sli.rules.Rag;

/**
 * Assembles a year's deliverables from the database through the rules core, in one query. The result is kept
 * per year and quarter until the year's data version (moved on by a database trigger on every change, from any
 * instance) says otherwise, so a repeated read costs one small query.
 */
@ApplicationScoped
public class DeliverablesService {

    private record Computed(long dataVersion, YearDeliverables deliverables) {
    }

    private final Map<String, Computed> computed = new java.util.concurrent.ConcurrentHashMap<>();

    @Transactional
    public YearDeliverables asAt(String yearId, Quarter quarter) {
        Object[] year = MouYear.getEntityManager()
                .createQuery("select y.label, y.dataVersion from MouYear y where y.id = ?1", Object[].class)
                .setParameter(1, yearId).getResultStream().findFirst()
                .orElseThrow(() -> new jakarta.ws.rs.NotFoundException("No MoU year '" + yearId + "'"));
        long dataVersion = (Long) year[1];
        String key = yearId + "/" + quarter;
        Computed cached = computed.get(key);
        if (cached != null && cached.dataVersion() == dataVersion) {
            return cached.deliverables();
        }
        List<DeliverableRow> rows = Target.readWithFigures(yearId).stream().map(t -> row(t, quarter)).toList();
        YearDeliverables result = new YearDeliverables(yearId, (String) year[0], quarter.name(), rows, summarise(rows));
        computed.put(key, new Computed(dataVersion, result));
        return result;
    }

    /** The quarter asked for, or when none is, the latest quarter with a reported figure (Q1 if none). */
    @Transactional
    public Quarter quarterOrLatest(String yearId, String quarter) {
        if (quarter != null && !quarter.isBlank()) {
            return Quarter.parse(quarter);
        }
        Years.require(yearId);
        Short latest = QuarterlyFigure.getEntityManager()
                .createQuery("select max(f.quarter) from QuarterlyFigure f where f.target.yearId = ?1 and f.value is not null",
                        Short.class)
                .setParameter(1, yearId).getSingleResult();
        return latest == null ? Quarter.Q1 : Quarter.of(latest);
    }

    public static DeliverableRow row(Target target, Quarter asAt) {
        Optional<QuarterlyFigure> current = target.figure(asAt);
        Rag override = current.map(f -> f.ragOverride).orElse(null);
        Assessment assessment = DeliverableRules.assess(target.spec(), target.values(), asAt, override);
        Map<String, BigDecimal> quarters = new LinkedHashMap<>();
        for (Quarter q : Quarter.values()) {
            quarters.put(q.name(), target.figure(q).map(f -> plain(f.value)).orElse(null));
        }
        return new DeliverableRow(target.code, target.theme.name, target.title, target.description, plain(target.targetValue), target.unit,
                target.measure.label(), target.keyTarget, quarters,
                plain(assessment.total()), assessment.percentAchieved(), plain(assessment.expectedToDate()),
                assessment.computedRag(), assessment.rag(), assessment.ragOverridden(),
                assessment.ragOverridden() ? current.map(f -> f.ragReason).orElse(null) : null,
                plain(assessment.forecast()), assessment.forecastPercent(),
                current.map(f -> f.commentary).orElse(null),
                current.map(f -> f.version).orElse(null));
    }

    static KeyTargetSummary summarise(List<DeliverableRow> rows) {
        return KeyTargetSummary.of(rows.stream()
                .map(r -> new KeyTargetSummary.SummaryInput(r.key(), r.rag(), r.percentAchieved()))
                .toList());
    }

    /** 18.00 from a numeric column is 18 to a reader. */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}

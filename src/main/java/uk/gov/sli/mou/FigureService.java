package uk.gov.sli.mou;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import uk.gov.sli.mou.FigureImport.FigureRow;
import uk.gov.sli.rules.Numbers;
import uk.gov.sli.rules.Overrides;
import uk.gov.sli.rules.Quarter;
import uk.gov.sli.signoff.SignOffService;
import uk.gov.sli.tables.Line;
import uk.gov.sli.tables.Table;
import uk.gov.sli.tables.TableProblem;
import uk.gov.sli.tables.TableSpec;

/**
 * The one place figures change, whether from an import, the API or a form, so that every rule about changing a
 * figure (sign-off, stale versions, overrides with reasons, restatements, the audit trail) applies to all alike.
 */
@ApplicationScoped
public class FigureService {

    @Inject
    EntityManager em;

    @Inject
    SignOffService signOff;

    @Inject
    jakarta.enterprise.event.Event<FigureChanged> changed;

    /**
     * Upserts figures by code and quarter: every row valid, or nothing stored. The cost follows the file, not the
     * year: only the targets the file names are loaded (in batches), each quarter's reopening is read once, writes
     * are flushed together (JDBC batches), and the return hears of the changes once per quarter.
     */
    @Transactional
    public int importFigures(String yearId, Table table) {
        MouYear.require(yearId);
        TableSpec.Read<FigureRow> read = FigureImport.SPEC.readAll(table);
        java.util.Set<String> known = Target.codesIn(yearId,
                read.lines().stream().map(l -> l.row().code()).collect(java.util.stream.Collectors.toSet()));
        List<TableProblem> problems = new ArrayList<>();
        for (Line<FigureRow> line : read.lines()) {
            if (!known.contains(line.row().code())) {
                problems.add(new TableProblem(line.line(), "code", "no target with code " + line.row().code() + " in " + yearId));
            }
        }
        read.orReject(problems);
        signOff.holdOpen(yearId, read.lines().stream().map(l -> l.row().quarter()).distinct().toList());
        Map<Quarter, Optional<String>> reopened = new java.util.EnumMap<>(Quarter.class);
        Map<Quarter, java.util.Set<Long>> touched = new java.util.EnumMap<>(Quarter.class);
        // A thousand targets at a time: load them, write their rows, flush in JDBC batches, and let them go, so that
        // memory follows the chunk and not the file.
        Map<String, List<FigureRow>> byCode = new java.util.LinkedHashMap<>();
        read.lines().forEach(l -> byCode.computeIfAbsent(l.row().code(), c -> new ArrayList<>()).add(l.row()));
        List<String> codes = new ArrayList<>(byCode.keySet());
        for (int from = 0; from < codes.size(); from += CHUNK) {
            Map<String, Target> targets = Target.withFiguresByCode(yearId, codes.subList(from, Math.min(codes.size(), from + CHUNK)));
            for (Target target : targets.values()) {
                for (FigureRow row : byCode.get(target.code)) {
                    FigureChange change = new FigureChange(target, row.quarter(), row.value(), row.commentary(),
                            row.ragOverride(), row.ragReason(), FigureChange.Field.keep());
                    Optional<String> reason = reopened.computeIfAbsent(row.quarter(), q -> signOff.reopenedBecause(yearId, q));
                    if (write(change, reason)) {
                        touched.computeIfAbsent(row.quarter(), q -> new java.util.HashSet<>()).add(target.id);
                    }
                }
            }
            em.flush();
            em.clear();
        }
        touched.forEach((quarter, ids) -> changed.fire(new FigureChanged(yearId, quarter, ids)));
        return read.lines().size();
    }

    private static final int CHUNK = 1000;

    /** One target's quarter from the API or a form; a stale expected version gets a conflict and changes nothing. */
    @Transactional
    public QuarterlyFigure apply(FigureChange change) {
        String yearId = change.target().yearId;
        signOff.holdOpen(yearId, List.of(change.quarter()));
        boolean different = write(change, signOff.reopenedBecause(yearId, change.quarter()));
        // Flush now so a concurrent writer's newer version surfaces here as a conflict, not at commit.
        em.flush();
        if (different) {
            changed.fire(new FigureChanged(yearId, change.quarter(), java.util.Set.of(change.target().id)));
        }
        return change.target().figure(change.quarter()).orElseThrow();
    }

    /** Writes one change; true when it created the figure or changed its value, commentary or override. */
    private boolean write(FigureChange change, Optional<String> reopenedBecause) {
        QuarterlyFigure figure = change.target().figure(change.quarter()).orElse(null);
        if (change.expectedVersion().set()) {
            Long expected = change.expectedVersion().value();
            boolean stale = figure == null ? expected != null : expected == null || expected != figure.version;
            if (stale) {
                throw new StaleFigureException(change.target().code + " " + change.quarter()
                        + " was changed by someone else since you loaded it; nothing was saved", figure);
            }
        }
        boolean created = figure == null;
        if (created) {
            figure = QuarterlyFigure.blank(change.target(), change.quarter());
            change.target().figures.add(figure);
        }
        BigDecimal oldValue = figure.value;
        String oldCommentary = figure.commentary;
        var oldOverride = figure.ragOverride;
        figure.value = change.value().or(figure.value);
        figure.commentary = change.commentary().or(figure.commentary);
        figure.ragOverride = change.ragOverride().or(figure.ragOverride);
        figure.ragReason = Overrides.reasonFor(figure.ragOverride, change.ragReason().or(figure.ragReason));
        recordRestatements(change, reopenedBecause, oldValue, oldCommentary, oldOverride, figure);
        if (created) {
            figure.persist();
        }
        return created || !sameNumber(oldValue, figure.value) || !Objects.equals(oldCommentary, figure.commentary)
                || !Objects.equals(oldOverride, figure.ragOverride);
    }

    /** A change to a quarter that was signed off and then reopened restates it (rule 10), for the reopening's reason. */
    private void recordRestatements(FigureChange change, Optional<String> reason, BigDecimal oldValue,
            String oldCommentary, Object oldOverride, QuarterlyFigure now) {
        String yearId = change.target().yearId;
        if (reason.isEmpty()) {
            return;
        }
        String code = change.target().code;
        if (!sameNumber(oldValue, now.value)) {
            signOff.recordRestatement(yearId, change.quarter(), code, "value", Numbers.plain(oldValue),
                    Numbers.plain(now.value), reason.get());
        }
        if (!Objects.equals(oldCommentary, now.commentary)) {
            signOff.recordRestatement(yearId, change.quarter(), code, "commentary", oldCommentary, now.commentary,
                    reason.get());
        }
        if (!Objects.equals(oldOverride, now.ragOverride)) {
            signOff.recordRestatement(yearId, change.quarter(), code, "rag_override", oldOverride, now.ragOverride,
                    reason.get());
        }
    }

    static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** The figure the API shows for a target's quarter. */
    @Transactional
    public FigureView get(String yearId, String code, Quarter quarter) {
        return FigureView.of(code, quarter, Target.require(yearId, code).figure(quarter).orElse(null));
    }

    /** One target's figure for a quarter, with its version. */
    public record FigureView(String code, String quarter, BigDecimal value, String commentary,
            uk.gov.sli.rules.Rag ragOverride, String ragReason, Long version) {
        public static FigureView of(String code, Quarter quarter, QuarterlyFigure f) {
            return f == null
                    ? new FigureView(code, quarter.name(), null, null, null, null, null)
                    : new FigureView(code, quarter.name(), Numbers.plain(f.value), f.commentary, f.ragOverride,
                            f.ragReason, f.version);
        }
    }
}

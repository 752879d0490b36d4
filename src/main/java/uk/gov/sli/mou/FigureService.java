package uk.gov.sli.mou;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import uk.gov.sli.mou.FigureImport.FigureRow;
import uk.gov.sli.rules.Numbers;
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
     * year: a thousand targets at a time, their stored figures are read in one query and the changes written in JDBC
     * batches, by SQL rather than as entities ({@link FigureRows}), so memory follows the chunk and not the file. Each
     * quarter's reopening is read once, and the return hears of the changes once per quarter.
     */
    @Transactional
    public int importFigures(String yearId, Table table) {
        MouYear.require(yearId);
        TableSpec.Read<FigureRow> read = FigureImport.SPEC.readAll(table);
        Set<String> known = Target.codesIn(yearId, read.lines().stream().map(l -> l.row().code()).collect(Collectors.toSet()));
        List<TableProblem> problems = new ArrayList<>();
        for (Line<FigureRow> line : read.lines()) {
            if (!known.contains(line.row().code())) {
                problems.add(new TableProblem(line.line(), "code", "no target with code " + line.row().code() + " in " + yearId));
            }
        }
        read.orReject(problems);
        signOff.holdOpen(yearId, read.lines().stream().map(l -> l.row().quarter()).distinct().toList());
        Map<Quarter, Optional<String>> reopened = new EnumMap<>(Quarter.class);
        Map<Quarter, Set<Long>> touched = new EnumMap<>(Quarter.class);
        Map<String, List<FigureRow>> byCode = new LinkedHashMap<>();
        read.lines().forEach(l -> byCode.computeIfAbsent(l.row().code(), c -> new ArrayList<>()).add(l.row()));
        List<String> codes = new ArrayList<>(byCode.keySet());
        SqlImport figures = new SqlImport(em, QuarterlyFigure.class);
        for (int from = 0; from < codes.size(); from += CHUNK) {
            List<String> chunk = codes.subList(from, Math.min(codes.size(), from + CHUNK));
            Map<String, FigureRows.StoredTarget> stored = figures.read(c -> FigureRows.read(c, yearId, chunk));
            List<FigureRows.Write> writes = new ArrayList<>();
            for (String code : chunk) {
                for (FigureRow row : byCode.get(code)) {
                    change(yearId, stored.get(code), row, reopened, touched, figures::newId).ifPresent(writes::add);
                }
            }
            if (!writes.isEmpty()) {
                figures.write((c, revision) -> FigureRows.write(c, revision, writes));
            }
        }
        touched.forEach((quarter, ids) -> changed.fire(new FigureChanged(yearId, quarter, ids)));
        return read.lines().size();
    }

    private static final int CHUNK = 1000;

    /**
     * What one line of an import does to its target's quarter: nothing when it changes nothing stored, otherwise the
     * row to write, with a restatement when the quarter was reopened and the return told when what it reports moved.
     */
    private Optional<FigureRows.Write> change(String yearId, FigureRows.StoredTarget target, FigureRow row,
            Map<Quarter, Optional<String>> reopened, Map<Quarter, Set<Long>> touched, LongSupplier newId) {
        FigureRows.Stored stored = target.figures().get(row.quarter());
        FigureState before = stored == null ? FigureState.NONE : stored.state();
        FigureState after = before.with(row.value(), row.commentary(), row.ragOverride(), row.ragReason());
        if (stored != null && !after.differsFrom(before)) {
            return Optional.empty();
        }
        recordRestatements(yearId, target.code(), row.quarter(),
                reopened.computeIfAbsent(row.quarter(), q -> signOff.reopenedBecause(yearId, q)), before, after);
        if (stored == null || after.reportsDifferentlyFrom(before)) {
            touched.computeIfAbsent(row.quarter(), q -> new HashSet<>()).add(target.id());
        }
        return Optional.of(new FigureRows.Write(stored == null ? newId.getAsLong() : stored.id(), target.id(),
                target.code(), row.quarter(), after, stored));
    }

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
        FigureState before = created ? FigureState.NONE : FigureState.of(figure);
        FigureState after = before.with(change.value(), change.commentary(), change.ragOverride(), change.ragReason());
        if (created) {
            figure = QuarterlyFigure.blank(change.target(), change.quarter());
            change.target().figures.add(figure);
        }
        after.copyTo(figure);
        recordRestatements(change.target().yearId, change.target().code, change.quarter(), reopenedBecause, before, after);
        if (created) {
            figure.persist();
        }
        return created || after.reportsDifferentlyFrom(before);
    }

    /** A change to a quarter that was signed off and then reopened restates it (rule 10), for the reopening's reason. */
    private void recordRestatements(String yearId, String code, Quarter quarter, Optional<String> reason,
            FigureState before, FigureState after) {
        if (reason.isEmpty()) {
            return;
        }
        if (!FigureState.sameNumber(before.value(), after.value())) {
            signOff.recordRestatement(yearId, quarter, code, "value", Numbers.plain(before.value()),
                    Numbers.plain(after.value()), reason.get());
        }
        if (!Objects.equals(before.commentary(), after.commentary())) {
            signOff.recordRestatement(yearId, quarter, code, "commentary", before.commentary(), after.commentary(),
                    reason.get());
        }
        if (before.ragOverride() != after.ragOverride()) {
            signOff.recordRestatement(yearId, quarter, code, "rag_override", before.ragOverride(), after.ragOverride(),
                    reason.get());
        }
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

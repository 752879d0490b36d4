package uk.gov.sli.mou;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import uk.gov.sli.mou.TargetImport.TargetRow;
import uk.gov.sli.rules.Numbers;
import uk.gov.sli.rules.Quarter;
import uk.gov.sli.rules.Restatements;
import uk.gov.sli.signoff.SignOffService;
import uk.gov.sli.tables.Line;
import uk.gov.sli.tables.Table;

/**
 * A year's targets, upserted by code from the targets import (or one target's JSON, read through the same
 * columns): every row valid, or nothing stored. A change to a definition that a signed-off quarter was judged by
 * needs a reason and is recorded as a restatement of each signed-off quarter (rule 10).
 */
@ApplicationScoped
public class TargetService {

    @Inject
    SignOffService signOff;

    @Inject
    jakarta.persistence.EntityManager em;

    @Transactional
    public int importTargets(String yearId, Table table) {
        MouYear.require(yearId);
        var read = TargetImport.SPEC.readAll(table);
        java.util.Set<String> users = new java.util.HashSet<>(em.createNativeQuery("select username from app_user", String.class)
                .getResultList());
        List<uk.gov.sli.tables.TableProblem> problems = new java.util.ArrayList<>();
        for (Line<TargetRow> line : read.lines()) {
            if (line.row().owner() != null && !users.contains(line.row().owner())) {
                problems.add(new uk.gov.sli.tables.TableProblem(line.line(), "owner", "no user '" + line.row().owner()
                        + "': add the user first (PUT /api/users/{username})"));
            }
        }
        List<Line<TargetRow>> lines = read.orReject(problems);
        store(yearId, lines.stream().map(Line::row).toList());
        return lines.size();
    }

    /** Names (or clears, with an empty owner) the user who reports a target; the user must exist. */
    @Transactional
    public void setOwner(String yearId, String code, String owner) {
        Target target = Target.require(yearId, code);
        String name = owner == null || owner.isBlank() ? null : owner.trim();
        if (name != null && em.createNativeQuery("select 1 from app_user where username = ?1").setParameter(1, name)
                .getResultList().isEmpty()) {
            throw new uk.gov.sli.rules.InvalidInputException("owner", "no user '" + name + "'");
        }
        target.owner = name;
    }

    /** Everyone who could own a target, for the owner field. */
    @Transactional
    public List<String> possibleOwners() {
        return em.createNativeQuery("select username from app_user where role <> 'viewer' order by username", String.class)
                .getResultList();
    }

    /**
     * A new year from the last one: its themes and targets (texts, measures, profiles, thresholds, key flags and
     * owners), and no figures. Refused if the new year has targets already.
     */
    @Transactional
    public int copyYear(String yearId, String previousId) {
        MouYear previous = MouYear.require(previousId);
        MouYear existing = MouYear.findById(yearId);
        if (existing == null) {
            MouYear.upsert(yearId, new MouYear.YearInput(null, previous.department, null));
        } else if (Target.count("yearId", yearId) > 0) {
            throw new uk.gov.sli.rules.ConflictException(yearId + " has targets already; a year is copied only into an empty one");
        }
        List<TargetRow> rows = Target.listWithFigures(previousId).stream().map(t -> new TargetRow(t.code, t.theme.name,
                t.title, t.description, t.targetValue, t.unit, t.measure, t.profile(), t.amberThreshold, t.keyTarget,
                t.owner, null, TargetImport.EVERY_OPTIONAL_COLUMN))
                .toList();
        store(yearId, rows);
        return rows.size();
    }

    /**
     * Rows are written {@value #CHUNK} at a time, the persistence context flushed and emptied after each chunk, so that
     * a file of 50,000 rows holds one chunk's entities and their snapshots rather than all of them (Envers keeps the
     * audit rows it will write until the end of the transaction either way). Measured with the packaged service: a
     * 10 MB file updating 50,000 targets left 232 MB of a 256 MB heap live when every entity stayed managed, and 183 MB written this way.
     */
    static final int CHUNK = 500;

    private void store(String yearId, List<TargetRow> rows) {
        List<Quarter> signedOff = signOff.signedOffQuarters(yearId);
        Map<String, Long> themeIds = new HashMap<>();
        int nextThemeOrder = 1;
        for (Theme theme : Theme.<Theme>list("yearId", yearId)) {
            themeIds.put(theme.name, theme.id);
            nextThemeOrder = Math.max(nextThemeOrder, theme.displayOrder + 1);
        }
        // Each existing target's id and the version it had when the import began: a target changed by someone else
        // after that is a conflict, found when its chunk is read, not a value quietly written over.
        Map<String, long[]> existing = new HashMap<>();
        int nextTargetOrder = 1;
        for (Object[] t : em.createQuery("select t.code, t.id, t.version, t.displayOrder from Target t where t.yearId = ?1",
                Object[].class).setParameter(1, yearId).getResultList()) {
            existing.put((String) t[0], new long[] { (Long) t[1], (Long) t[2] });
            nextTargetOrder = Math.max(nextTargetOrder, (Integer) t[3] + 1);
        }
        em.flush();
        em.clear();
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<TargetRow> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            Map<String, Target> stored = storedTargets(chunk, existing);
            for (TargetRow line : chunk) {
                Target target = stored.get(line.code());
                TargetRow row = target == null ? line : line.over(target);
                Long themeId = themeIds.get(row.theme());
                Theme theme;
                if (themeId == null) {
                    theme = new Theme();
                    theme.yearId = yearId;
                    theme.name = row.theme();
                    theme.displayOrder = nextThemeOrder++;
                    theme.persist();
                    themeIds.put(theme.name, theme.id);
                } else {
                    theme = em.getReference(Theme.class, themeId);
                }
                if (target == null) {
                    target = new Target();
                    target.yearId = yearId;
                    target.code = row.code();
                    target.displayOrder = nextTargetOrder++;
                } else {
                    restate(target, row, signedOff);
                }
                target.theme = theme;
                target.title = row.title();
                target.description = row.description();
                target.targetValue = row.target();
                target.unit = row.unit();
                target.measure = row.measure();
                target.setProfile(row.profile());
                target.amberThreshold = row.amberThreshold();
                target.keyTarget = row.key();
                target.owner = row.owner();
                if (target.id == null) {
                    target.persist();
                }
            }
            em.flush();
            em.clear();
        }
    }

    /** The chunk's targets that exist, read by id; one whose version moved since the import began is a conflict. */
    private Map<String, Target> storedTargets(List<TargetRow> chunk, Map<String, long[]> existing) {
        List<Long> ids = chunk.stream().map(row -> existing.get(row.code())).filter(Objects::nonNull).map(t -> t[0]).toList();
        Map<String, Target> stored = new HashMap<>();
        if (ids.isEmpty()) {
            return stored;
        }
        for (Target target : Target.<Target>list("id in ?1", ids)) {
            if (target.version != existing.get(target.code)[1]) {
                throw uk.gov.sli.rules.ConflictException.changedDuringImport(target.code);
            }
            stored.put(target.code, target);
        }
        return stored;
    }

    /** The definition fields a quarter's RAG and summary depend on, and their changes. */
    private void restate(Target target, TargetRow row, List<Quarter> signedOff) {
        Map<String, Object[]> changed = new LinkedHashMap<>();
        if (!FigureState.sameNumber(target.targetValue, row.target())) {
            changed.put("target", new Object[] { Numbers.plain(target.targetValue), row.target() });
        }
        if (!target.profile().equals(row.profile())) {
            changed.put("profile", new Object[] { target.profile(), row.profile() });
        }
        if (!FigureState.sameNumber(target.amberThreshold, row.amberThreshold())) {
            changed.put("amber_threshold", new Object[] { Numbers.plain(target.amberThreshold), row.amberThreshold() });
        }
        if (target.measure != row.measure()) {
            changed.put("measure", new Object[] { target.measure.label(), row.measure().label() });
        }
        if (target.keyTarget != row.key()) {
            changed.put("key", new Object[] { target.keyTarget, row.key() });
        }
        if (changed.isEmpty() || signedOff.isEmpty()) {
            return;
        }
        String reason = Restatements.requireReason(signedOff,
                "Changing " + String.join(", ", changed.keySet()) + " of " + target.code, row.reason());
        for (Quarter quarter : signedOff) {
            changed.forEach((field, fromTo) -> signOff.recordRestatement(target.yearId, quarter, target.code, field,
                    fromTo[0], fromTo[1] instanceof BigDecimal b ? Numbers.plain(b) : fromTo[1], reason));
        }
    }

}

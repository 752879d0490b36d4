package uk.gov.sli.mou;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        List<TargetRow> rows = Target.readWithFigures(previousId, targets -> targets.stream().map(t -> new TargetRow(t.code,
                t.theme.name, t.title, t.description, t.targetValue, t.unit, t.measure, t.profile(), t.amberThreshold,
                t.keyTarget, t.owner, null, TargetImport.EVERY_OPTIONAL_COLUMN)).toList());
        store(yearId, rows);
        return rows.size();
    }

    /**
     * Rows are read and written {@value #CHUNK} at a time by SQL ({@link TargetRows}), as the figures import does: as
     * entities, Envers kept each changed target's old and new state and its audit row until the commit, however the
     * persistence context was emptied. Measured with the packaged service and the container heap (-Xmx256m): an XLSX
     * of 50,000 targets with 700-character descriptions (50 MB unpacked) imported over the same targets with every
     * description changed left 245 MB of the 256 MB heap live, one step from OutOfMemoryError; see the README for
     * what it leaves now.
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
        // after that is a conflict, found when its chunk is read or written, not a value quietly written over.
        Map<String, Long> versions = new HashMap<>();
        int nextTargetOrder = 1;
        for (Object[] t : em.createQuery("select t.code, t.version, t.displayOrder from Target t where t.yearId = ?1",
                Object[].class).setParameter(1, yearId).getResultList()) {
            versions.put((String) t[0], (Long) t[1]);
            nextTargetOrder = Math.max(nextTargetOrder, (Integer) t[2] + 1);
        }
        SqlImport targets = new SqlImport(em, Target.class);
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<TargetRow> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            Map<String, TargetRows.Stored> stored = targets.read(
                    c -> TargetRows.read(c, yearId, chunk.stream().map(TargetRow::code).toList()));
            List<TargetRows.Write> writes = new ArrayList<>();
            for (TargetRow line : chunk) {
                TargetRows.Stored was = stored.get(line.code());
                // Changed since the import began, or created by someone else since (the file would create it too).
                if (was != null && !Long.valueOf(was.version()).equals(versions.get(line.code()))) {
                    throw uk.gov.sli.rules.ConflictException.changedDuringImport(line.code());
                }
                TargetRow row = was == null ? line : line.over(was.row());
                Long themeId = themeIds.get(row.theme());
                if (themeId == null) {
                    Theme theme = new Theme();
                    theme.yearId = yearId;
                    theme.name = row.theme();
                    theme.displayOrder = nextThemeOrder++;
                    theme.persist();
                    themeId = theme.id;
                    themeIds.put(theme.name, themeId);
                }
                if (was == null) {
                    writes.add(new TargetRows.Write(targets.newId(), themeId, nextTargetOrder++, row, null));
                } else {
                    restate(yearId, was.row(), row, signedOff);
                    if (!TargetRows.unchanged(was, themeId, row)) {
                        writes.add(new TargetRows.Write(was.id(), themeId, 0, row, was));
                    }
                }
            }
            if (!writes.isEmpty()) {
                targets.write((c, revision) -> TargetRows.write(c, yearId, revision, writes));
            }
        }
    }

    /** The definition fields a quarter's RAG and summary depend on, and their changes. */
    private void restate(String yearId, TargetRow stored, TargetRow row, List<Quarter> signedOff) {
        Map<String, Object[]> changed = new LinkedHashMap<>();
        if (!FigureState.sameNumber(stored.target(), row.target())) {
            changed.put("target", new Object[] { Numbers.plain(stored.target()), row.target() });
        }
        if (!stored.profile().equals(row.profile())) {
            changed.put("profile", new Object[] { stored.profile(), row.profile() });
        }
        if (!FigureState.sameNumber(stored.amberThreshold(), row.amberThreshold())) {
            changed.put("amber_threshold", new Object[] { Numbers.plain(stored.amberThreshold()), row.amberThreshold() });
        }
        if (stored.measure() != row.measure()) {
            changed.put("measure", new Object[] { stored.measure().label(), row.measure().label() });
        }
        if (stored.key() != row.key()) {
            changed.put("key", new Object[] { stored.key(), row.key() });
        }
        if (changed.isEmpty() || signedOff.isEmpty()) {
            return;
        }
        String reason = Restatements.requireReason(signedOff,
                "Changing " + String.join(", ", changed.keySet()) + " of " + stored.code(), row.reason());
        for (Quarter quarter : signedOff) {
            changed.forEach((field, fromTo) -> signOff.recordRestatement(yearId, quarter, stored.code(), field,
                    fromTo[0], fromTo[1] instanceof BigDecimal b ? Numbers.plain(b) : fromTo[1], reason));
        }
    }

}

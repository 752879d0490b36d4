package uk.gov.sli.mou;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import uk.gov.sli.mou.TargetImport.TargetRow;
import uk.gov.sli.rules.ConflictException;
import uk.gov.sli.rules.Measure;
import uk.gov.sli.rules.Profile;
import uk.gov.sli.rules.Quarter;

/**
 * An import's targets, read and written by SQL on the transaction's own connection ({@link SqlImport}), as
 * {@link FigureRows} does for figures: as entities, Envers kept every changed target's old and new state and its audit
 * row until the commit, so a file of 50,000 targets held all of them at once however the persistence context was
 * emptied. The columns written are those {@link Target} maps.
 */
final class TargetRows {

    /** A stored target as it was read: its definition as an import line that gives every column. */
    record Stored(long id, long version, long themeId, TargetRow row) {
    }

    /** A target to create under {@code id} at {@code displayOrder}, or to change when it was read as {@code was}. */
    record Write(long id, long themeId, int displayOrder, TargetRow row, Stored was) {
    }

    private TargetRows() {
    }

    /** The year's targets with these codes, keyed by code. */
    static Map<String, Stored> read(Connection connection, String yearId, List<String> codes) throws SQLException {
        Map<String, Stored> targets = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("""
                select t.id, t.version, t.theme_id, th.name, t.code, t.title, t.description, t.target_value, t.unit,
                       t.measure, t.profile_q1, t.profile_q2, t.profile_q3, t.profile_q4, t.amber_threshold, t.key_target,
                       t.owner
                  from target t join theme th on th.id = t.theme_id
                 where t.year_id = ? and t.code = any (?)""")) {
            select.setString(1, yearId);
            select.setArray(2, connection.createArrayOf("varchar", codes.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Profile profile = new Profile(List.of(rows.getInt(11), rows.getInt(12), rows.getInt(13), rows.getInt(14)));
                    TargetRow row = new TargetRow(rows.getString(5), rows.getString(4), rows.getString(6), rows.getString(7),
                            rows.getBigDecimal(8), rows.getString(9), Measure.valueOf(rows.getString(10)), profile,
                            rows.getBigDecimal(15), rows.getBoolean(16), rows.getString(17), null,
                            TargetImport.EVERY_OPTIONAL_COLUMN);
                    targets.put(row.code(), new Stored(rows.getLong(1), rows.getLong(2), rows.getLong(3), row));
                }
            }
        }
        return targets;
    }

    /** Whether writing {@code row} under {@code themeId} would change nothing stored (numbers compared by value). */
    static boolean unchanged(Stored stored, long themeId, TargetRow row) {
        TargetRow was = stored.row();
        return stored.themeId() == themeId && was.title().equals(row.title())
                && Objects.equals(was.description(), row.description())
                && FigureState.sameNumber(was.target(), row.target()) && Objects.equals(was.unit(), row.unit())
                && was.measure() == row.measure() && was.profile().equals(row.profile())
                && FigureState.sameNumber(was.amberThreshold(), row.amberThreshold()) && was.key() == row.key()
                && Objects.equals(was.owner(), row.owner());
    }

    /**
     * Creates and changes these targets in JDBC batches and records each in the audit trail under {@code revision}.
     * A target changed by someone else since it was read is refused with a conflict, and the transaction with it.
     */
    static void write(Connection connection, String yearId, long revision, List<Write> writes) throws SQLException {
        List<Write> created = writes.stream().filter(w -> w.was() == null).toList();
        List<Write> changed = writes.stream().filter(w -> w.was() != null).toList();
        insert(connection, yearId, created);
        update(connection, changed);
        audit(connection, revision, SqlImport.ADDED, created.stream().map(Write::id).toList());
        audit(connection, revision, SqlImport.MODIFIED, changed.stream().map(Write::id).toList());
    }

    private static void insert(Connection connection, String yearId, List<Write> created) throws SQLException {
        if (created.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into target (theme_id, title, description, target_value, unit, measure, profile_q1, profile_q2,
                                    profile_q3, profile_q4, amber_threshold, key_target, owner, id, year_id, code,
                                    display_order, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")) {
            for (Write w : created) {
                int next = setDefinition(insert, w);
                insert.setLong(next, w.id());
                insert.setString(next + 1, yearId);
                insert.setString(next + 2, w.row().code());
                insert.setInt(next + 3, w.displayOrder());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void update(Connection connection, List<Write> changed) throws SQLException {
        if (changed.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement("""
                update target set theme_id = ?, title = ?, description = ?, target_value = ?, unit = ?, measure = ?,
                       profile_q1 = ?, profile_q2 = ?, profile_q3 = ?, profile_q4 = ?, amber_threshold = ?,
                       key_target = ?, owner = ?, version = version + 1
                 where id = ? and version = ?""")) {
            for (Write w : changed) {
                int next = setDefinition(update, w);
                update.setLong(next, w.id());
                update.setLong(next + 1, w.was().version());
                update.addBatch();
            }
            int[] counts = update.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    // A conflict the caller can act on: 409 naming the target, the upload form shown again with it.
                    throw ConflictException.changedDuringImport(changed.get(i).row().code());
                }
            }
        }
    }

    /** The columns a line defines, from parameter 1; answers the next parameter's index. */
    private static int setDefinition(PreparedStatement statement, Write w) throws SQLException {
        TargetRow row = w.row();
        statement.setLong(1, w.themeId());
        statement.setString(2, row.title());
        statement.setString(3, row.description());
        statement.setBigDecimal(4, row.target());
        statement.setString(5, row.unit());
        statement.setString(6, row.measure().name());
        int p = 7;
        for (Quarter quarter : Quarter.values()) {
            statement.setInt(p++, row.profile().percentAt(quarter));
        }
        statement.setBigDecimal(p++, row.amberThreshold());
        statement.setBoolean(p++, row.key());
        statement.setString(p++, row.owner());
        return p;
    }

    /** The rows as they now stand, copied into the audit table. */
    private static void audit(Connection connection, long revision, int revtype, List<Long> ids) throws SQLException {
        SqlImport.audit(connection, """
                insert into target_aud (id, rev, revtype, year_id, theme_id, code, title, description, target_value, unit,
                                        measure, profile_q1, profile_q2, profile_q3, profile_q4, amber_threshold,
                                        key_target, display_order, owner)
                select id, ?, ?, year_id, theme_id, code, title, description, target_value, unit, measure, profile_q1,
                       profile_q2, profile_q3, profile_q4, amber_threshold, key_target, display_order, owner
                  from target where id = any (?)""", revision, revtype, ids, "targets");
    }
}

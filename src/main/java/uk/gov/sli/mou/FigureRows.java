package uk.gov.sli.mou;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uk.gov.sli.rules.ConflictException;
import uk.gov.sli.rules.Quarter;
import uk.gov.sli.rules.Rag;

/**
 * An import's figures, read and written by SQL on the transaction's own connection rather than as entities: a file of
 * 50,000 rows would otherwise hold 50,000 entities and as many pending audit records until it commits. The rows
 * written are those {@link QuarterlyFigure} maps, a new row's id comes from the entity's own generator (so an import
 * and a form never hand out the same id, whatever the optimiser), and the audit trail gets the rows Envers would
 * write, in the transaction's own revision.
 */
final class FigureRows {

    /** A stored figure as it was read. */
    record Stored(long id, long version, FigureState state) {
    }

    /** A target of the import with the figures it already has. */
    record StoredTarget(long id, String code, Map<Quarter, Stored> figures) {
    }

    /** A figure to create under {@code id}, or to change when it was read as {@code was}. */
    record Write(long id, long targetId, String code, Quarter quarter, FigureState state, Stored was) {
    }

    private FigureRows() {
    }

    /** The year's targets with these codes and their figures, keyed by code. */
    static Map<String, StoredTarget> read(Connection connection, String yearId, List<String> codes) throws SQLException {
        Map<String, StoredTarget> targets = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("""
                select t.id, t.code, f.id, f.version, f.quarter, f.figure_value, f.commentary, f.rag_override, f.rag_reason
                  from target t left join quarterly_figure f on f.target_id = t.id
                 where t.year_id = ? and t.code = any (?)""")) {
            select.setString(1, yearId);
            select.setArray(2, connection.createArrayOf("varchar", codes.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String code = rows.getString(2);
                    StoredTarget target = targets.get(code);
                    if (target == null) {
                        target = new StoredTarget(rows.getLong(1), code, new EnumMap<>(Quarter.class));
                        targets.put(code, target);
                    }
                    long figureId = rows.getLong(3);
                    if (!rows.wasNull()) {
                        String override = rows.getString(8);
                        target.figures().put(Quarter.of(rows.getShort(5)), new Stored(figureId, rows.getLong(4),
                                new FigureState(rows.getBigDecimal(6), rows.getString(7),
                                        override == null ? null : Rag.valueOf(override), rows.getString(9))));
                    }
                }
            }
        }
        return targets;
    }

    /**
     * Creates and changes these figures in JDBC batches and records each in the audit trail under {@code revision}.
     * A figure changed by someone else since it was read is refused with a conflict, and the transaction with it.
     */
    static void write(Connection connection, long revision, List<Write> writes) throws SQLException {
        List<Write> created = writes.stream().filter(w -> w.was() == null).toList();
        List<Write> changed = writes.stream().filter(w -> w.was() != null).toList();
        insert(connection, created);
        update(connection, changed);
        audit(connection, revision, SqlImport.ADDED, created.stream().map(Write::id).toList());
        audit(connection, revision, SqlImport.MODIFIED, changed.stream().map(Write::id).toList());
    }

    private static void insert(Connection connection, List<Write> created) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into quarterly_figure (id, target_id, quarter, figure_value, commentary, rag_override, rag_reason, version)
                values (?, ?, ?, ?, ?, ?, ?, 0)""")) {
            for (Write w : created) {
                insert.setLong(1, w.id());
                insert.setLong(2, w.targetId());
                insert.setShort(3, (short) w.quarter().number());
                setState(insert, 4, w.state());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void update(Connection connection, List<Write> changed) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                update quarterly_figure set figure_value = ?, commentary = ?, rag_override = ?, rag_reason = ?,
                       version = version + 1
                 where id = ? and version = ?""")) {
            for (Write w : changed) {
                setState(update, 1, w.state());
                update.setLong(5, w.id());
                update.setLong(6, w.was().version());
                update.addBatch();
            }
            int[] counts = update.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    // A conflict the caller can act on: 409 naming the figure, the upload form shown again with it.
                    throw ConflictException.changedDuringImport(changed.get(i).code() + " " + changed.get(i).quarter());
                }
            }
        }
    }

    /** The rows as they now stand, copied into the audit table. */
    private static void audit(Connection connection, long revision, int revtype, List<Long> ids) throws SQLException {
        SqlImport.audit(connection, """
                insert into quarterly_figure_aud (id, rev, revtype, target_id, quarter, figure_value, commentary, rag_override, rag_reason)
                select id, ?, ?, target_id, quarter, figure_value, commentary, rag_override, rag_reason
                  from quarterly_figure where id = any (?)""", revision, revtype, ids, "figures");
    }

    private static void setState(PreparedStatement statement, int from, FigureState state) throws SQLException {
        BigDecimal value = state.value();
        if (value == null) {
            statement.setNull(from, Types.NUMERIC);
        } else {
            statement.setBigDecimal(from, value);
        }
        statement.setString(from + 1, state.commentary());
        statement.setString(from + 2, state.ragOverride() == null ? null : state.ragOverride().name());
        statement.setString(from + 3, state.ragReason());
    }
}

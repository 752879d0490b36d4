package uk.gov.sli.mou;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * The audit rows an import written by SQL ({@link FigureRows}, {@link TargetRows}) gives the rows it wrote: the rows
 * as they now stand, copied into their audit table under the transaction's revision, with Envers's revision types.
 */
final class AuditRows {

    static final int ADDED = 0;
    static final int MODIFIED = 1;

    private AuditRows() {
    }

    /**
     * Runs {@code copy}, an {@code insert ... select} whose parameters are the revision, the revision type and the
     * array of ids, and checks that every row was copied.
     */
    static void copy(Connection connection, String copy, long revision, int revtype, List<Long> ids, String what)
            throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement audit = connection.prepareStatement(copy)) {
            audit.setLong(1, revision);
            audit.setShort(2, (short) revtype);
            audit.setArray(3, connection.createArrayOf("bigint", ids.toArray()));
            int copied = audit.executeUpdate();
            if (copied != ids.size()) {
                throw new IllegalStateException("audited " + copied + " of " + ids.size() + " " + what);
            }
        }
    }
}

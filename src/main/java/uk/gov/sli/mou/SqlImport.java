package uk.gov.sli.mou;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;
import org.hibernate.jdbc.ReturningWork;

import uk.gov.sli.platform.audit.Revision;

/**
 * An import that reads and writes its rows by SQL on the transaction's own connection ({@link FigureRows},
 * {@link TargetRows}) rather than as entities, whose pending Envers records a large file would hold until the commit:
 * new rows take their ids from the entity's own generator, as one made through a form or the API does, and the audit
 * trail gets the rows Envers would write, copied under the transaction's one revision.
 */
final class SqlImport {

    /** Envers's revision types. */
    static final int ADDED = 0;
    static final int MODIFIED = 1;

    /** Writes under the transaction's revision. */
    @FunctionalInterface
    interface AuditedWrites {
        void write(Connection connection, long revision) throws SQLException;
    }

    private final EntityManager em;
    private final SessionImplementor session;
    private final BeforeExecutionGenerator ids;

    /** For rows of {@code entity}'s table. */
    SqlImport(EntityManager em, Class<?> entity) {
        this.em = em;
        this.session = em.unwrap(SessionImplementor.class);
        this.ids = (BeforeExecutionGenerator) session.getFactory().getMappingMetamodel().getEntityDescriptor(entity)
                .getGenerator();
    }

    /** A new row's id from the entity's generator. */
    long newId() {
        return (Long) ids.generate(session, null, null, EventType.INSERT);
    }

    <T> T read(ReturningWork<T> work) {
        return session.doReturningWork(work);
    }

    /**
     * Flushes what entities the import made (themes, restatements, the revision itself) so that the rows may refer to
     * them, then runs {@code writes} under the transaction's one revision, which Envers also gives those entities.
     */
    void write(AuditedWrites writes) {
        long revision = AuditReaderFactory.get(em).getCurrentRevision(Revision.class, true).id;
        em.flush();
        session.doWork(connection -> writes.write(connection, revision));
    }

    /**
     * Runs {@code copy}, an {@code insert ... select} into an audit table whose parameters are the revision, the
     * revision type and the array of ids, and checks that every row was copied.
     */
    static void audit(Connection connection, String copy, long revision, int revtype, List<Long> ids, String what)
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

package uk.gov.sli.mou;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Destroyed;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionScoped;

import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import uk.gov.sli.platform.config.SliConfig;

/**
 * The data version every year page, deliverables and dashboard answer is tagged with ({@link YearView#VERSION}), held
 * in memory so that a repeated answer costs no database round trip. It is read again:
 * <ul>
 * <li>after any transaction of this instance ends (so whoever saved a figure sees it on the next page);</li>
 * <li>as soon as PostgreSQL reports a change committed anywhere: the V16 triggers {@code NOTIFY} on every statement
 * that changes a year, its sign-offs, restatements or headline figures, and this instance {@code LISTEN}s on a
 * connection of its own (another instance's save, or a change made in psql, is seen within milliseconds);</li>
 * <li>on every request while that connection is down (as it was before this was kept), and once it is back;</li>
 * <li>and at least every {@code sli.data-version.trusted-for} whatever happens, in case a notice is ever lost.</li>
 * </ul>
 */
@ApplicationScoped
public class DataVersion {

    static final String CHANNEL = "sli_data_version";

    /** The listening connection's name in PostgreSQL's pg_stat_activity. */
    static final String APPLICATION_NAME = "sli data-version listener";

    private static final Logger LOG = Logger.getLogger(DataVersion.class);

    /** How long the listener waits for a notice before checking its connection with a ping. */
    private static final int WAIT_MILLIS = 2_000;

    /** A version read while {@link #changes} stood at {@code generation}. */
    private record Known(long generation, String version, long readAtNanos) {
    }

    private final AtomicLong changes = new AtomicLong();
    private final long trustedForNanos;
    private final AgroalDataSource dataSource;

    private volatile Known known;
    private volatile boolean listening;
    private volatile boolean running;
    private Thread listener;

    @Inject
    public DataVersion(AgroalDataSource dataSource, SliConfig config, MeterRegistry metrics) {
        this.dataSource = dataSource;
        this.trustedForNanos = config.dataVersion().trustedFor().toNanos();
        // 1 while other instances' changes are reported to this one; 0 while every answer reads the version instead.
        Gauge.builder("sli.data.version.listening", this, v -> v.listening ? 1 : 0)
                .description("Whether PostgreSQL's change notices reach this instance").register(metrics);
    }

    /** The current data version: from memory when nothing can have changed since it was read, else one small query. */
    public String current() {
        long generation = changes.get();
        Known held = known;
        if (listening && held != null && held.generation() == generation
                && System.nanoTime() - held.readAtNanos() < trustedForNanos) {
            return held.version();
        }
        String version = read();
        // Kept under the generation seen before reading: a change noticed meanwhile makes the next caller read again.
        known = new Known(generation, version, System.nanoTime());
        return version;
    }

    /** Whether changes made elsewhere are being reported to this instance (else every answer reads the version). */
    public boolean listening() {
        return listening;
    }

    /** The transaction has committed (or rolled back) by now: whatever it changed is visible to the next read. */
    void transactionEnded(@Observes @Destroyed(TransactionScoped.class) Object transaction) {
        changes.incrementAndGet();
    }

    void start(@Observes StartupEvent event) {
        running = true;
        listener = new Thread(this::listen, "data-version-listener");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        listening = false;
        if (listener != null) {
            listener.join(WAIT_MILLIS + 1_000);
        }
    }

    private String read() {
        // Plain JDBC in autocommit, outside any transaction: a JTA transaction and a Hibernate session around one
        // read cost more than the read.
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(YearView.VERSION)) {
            result.next();
            return result.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the data version", e);
        }
    }

    private void waitForNotices(Connection connection, PGConnection postgres) throws SQLException {
        while (running) {
            PGNotification[] notices = postgres.getNotifications(WAIT_MILLIS);
            if (notices != null && notices.length > 0) {
                changes.incrementAndGet();
            } else {
                // Quiet for a while: make sure the connection still stands (a broken one reports nothing).
                try (Statement ping = connection.createStatement()) {
                    ping.execute("select 1");
                }
            }
        }
    }

    private void listen() {
        long backoffMillis = 500;
        boolean warned = false;
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                PGConnection postgres = connection.unwrap(PGConnection.class);
                try (Statement statement = connection.createStatement()) {
                    // Named, so that it can be told apart in pg_stat_activity.
                    statement.execute("SET application_name = '" + APPLICATION_NAME + "'");
                    statement.execute("LISTEN " + CHANNEL);
                }
                // Anything committed before LISTEN took effect was not reported: read afresh from here on.
                changes.incrementAndGet();
                listening = true;
                if (warned) {
                    LOG.info("Listening for data changes again");
                    warned = false;
                }
                backoffMillis = 500;
                try {
                    waitForNotices(connection, postgres);
                } finally {
                    // The connection goes back to the pool: it must not go on collecting notices for its next user.
                    listening = false;
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("UNLISTEN *");
                        statement.execute("RESET application_name");
                    } catch (SQLException broken) {
                        // A broken connection listens to nothing; the pool validates it before lending it again.
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                changes.incrementAndGet();
                if (!running) {
                    return;
                }
                if (!warned) {
                    LOG.warnf("Not listening for data changes (%s); every answer reads the data version until this is back",
                            e.getMessage());
                    warned = true;
                }
                try {
                    Thread.sleep(backoffMillis);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoffMillis = Math.min(backoffMillis * 2, 30_000);
            }
        }
        listening = false;
    }
}

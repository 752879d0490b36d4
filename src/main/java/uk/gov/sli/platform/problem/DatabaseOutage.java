package uk.gov.sli.platform.problem;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.hibernate.exception.JDBCConnectionException;

/** Tells a database that cannot be reached from any other failure, whatever wraps it. */
public final class DatabaseOutage {

    public static final String DETAIL = "The database is not reachable just now. Nothing was changed; please try again in a minute.";

    private DatabaseOutage() {
    }

    public static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException
                    || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (t.getMessage() != null && t.getMessage().contains("Acquisition timeout while waiting for new connection")) {
                return true;
            }
        }
        return false;
    }
}

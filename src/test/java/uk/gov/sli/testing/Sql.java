package uk.gov.sli.testing;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/** What a test reads straight from the database, beside the API: rows as lists, whole numbers as ints. */
public final class Sql {

    private Sql() {
    }

    /** The rows of a query with one string parameter, on a connection of its own. */
    public static List<List<Object>> rows(DataSource dataSource, String sql, String parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return rows(connection, sql, parameter);
        }
    }

    /** The rows of a query with one string parameter, on the given connection (inside its transaction, if any). */
    public static List<List<Object>> rows(Connection connection, String sql, String parameter) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (var statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (var result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int c = 1; c <= columns; c++) {
                        Object value = result.getObject(c);
                        row.add(value instanceof Number n && !(value instanceof BigDecimal) ? n.intValue() : value);
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    /** The single number a query without parameters answers, such as a count. */
    public static long number(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); var statement = connection.prepareStatement(sql);
                var result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }
}

package uk.gov.sli.platform.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LocalPostgresTest {

    private Path home;

    @BeforeEach
    void createHome() throws Exception {
        home = Files.createTempDirectory("sli-local-pg");
    }

    @AfterEach
    void removeHome() throws Exception {
        org.apache.commons.io.FileUtils.deleteQuietly(home.toFile());
    }

    @Test
    void committedDataSurvivesARestartOnTheSameDirectory() throws Exception {
        try (LocalPostgres first = LocalPostgres.start(home)) {
            execute(first, "create table kept (figure int)", "insert into kept values (31)");
        }
        try (LocalPostgres second = LocalPostgres.start(home)) {
            assertEquals(31, queryInt(second, "select figure from kept"));
        }
    }

    @Test
    void runsWithDurableSettings() throws Exception {
        try (LocalPostgres postgres = LocalPostgres.start(home)) {
            assertEquals("on", queryText(postgres, "show fsync"));
            assertEquals("on", queryText(postgres, "show synchronous_commit"));
            assertEquals("on", queryText(postgres, "show full_page_writes"));
        }
    }

    @Test
    void aServerLeftRunningOnTheDirectoryIsStoppedAndTheDataKept() throws Exception {
        LocalPostgres orphan = LocalPostgres.start(home);
        execute(orphan, "create table kept (figure int)", "insert into kept values (548)");
        // A second start on the same directory stands for a restart after the JVM was killed outright.
        try (LocalPostgres restarted = LocalPostgres.start(home)) {
            assertEquals(548, queryInt(restarted, "select figure from kept"));
            assertFalse(canConnect(orphan), "the orphaned server should have been stopped");
        } finally {
            orphan.close();
        }
    }

    @Test
    void keepsItsPasswordAndLogBesideTheCluster() {
        try (LocalPostgres postgres = LocalPostgres.start(home)) {
            assertTrue(Files.exists(home.resolve("pgdata/PG_VERSION")));
            assertTrue(Files.exists(home.resolve("password")));
            assertTrue(Files.exists(home.resolve("postgres.log")));
        }
    }

    private static void execute(LocalPostgres postgres, String... statements) throws SQLException {
        try (Connection c = connect(postgres); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private static int queryInt(LocalPostgres postgres, String sql) throws SQLException {
        try (Connection c = connect(postgres); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String queryText(LocalPostgres postgres, String sql) throws SQLException {
        try (Connection c = connect(postgres); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static boolean canConnect(LocalPostgres postgres) {
        try (Connection ignored = connect(postgres)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static Connection connect(LocalPostgres postgres) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(), postgres.password());
    }
}

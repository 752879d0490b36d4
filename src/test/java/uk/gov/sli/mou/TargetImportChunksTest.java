package uk.gov.sli.mou;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import uk.gov.sli.testing.As;
import uk.gov.sli.testing.Pages;
import uk.gov.sli.testing.Sql;
import uk.gov.sli.testing.TestYears;

/**
 * The targets import reads and writes a file {@link TargetService#CHUNK} rows at a time by SQL ({@link TargetRows}),
 * with the audit rows Envers would write: what it leaves must be what one pass over the whole file left, the audit
 * trail as Envers reads it, and a target someone else changes while a later chunk waits must still stop the whole file.
 */
@QuarkusTest
class TargetImportChunksTest {

    private static final String HEADER = "code,theme,title,target,measure,key\n";

    @Inject
    DataSource dataSource;

    @Inject
    jakarta.persistence.EntityManager em;

    @Test
    void aFileOfMoreTargetsThanAChunkIsStoredWholeInOneRevisionAndItsThemesOnce() throws Exception {
        int targets = TargetService.CHUNK * 2 + 201;
        String year = TestYears.create("DCLG", HEADER + "T-0000,Theme A,Seed target,10,cumulative,false\n");
        String base = "/api/years/" + year;
        StringBuilder file = new StringBuilder(HEADER);
        for (int t = 1; t <= targets; t++) {
            // Theme A exists already; B first appears in the first chunk and C in the last, each used on both sides of a boundary.
            String theme = t % 3 == 0 ? "Theme A" : t < TargetService.CHUNK * 2 ? "Theme B" : "Theme C";
            file.append(String.format("T-%04d,%s,Target %d,%d,cumulative,false%n", t, theme, t, t));
        }
        As.admin().contentType("text/csv").body(file.toString()).post(base + "/targets").then().statusCode(200)
                .body("imported", equalTo(targets));

        assertEquals(List.of(List.of("Theme A", 1), List.of("Theme B", 2), List.of("Theme C", 3)),
                query("select name, display_order from theme where year_id = ? order by display_order", year));
        List<List<Object>> stored = query("""
                select t.code, t.display_order, t.title, th.name from target t join theme th on th.id = t.theme_id
                 where t.year_id = ? order by t.display_order""", year);
        assertEquals(targets + 1, stored.size());
        for (int t = 0; t <= targets; t++) {
            assertEquals(String.format("T-%04d", t), stored.get(t).get(0), "in the file's order");
            assertEquals(t + 1, stored.get(t).get(1));
        }
        assertEquals(List.of("T-1102", 1103, "Target 1102", "Theme C"), stored.get(1102));
        List<List<Object>> revisions = query("""
                select a.rev, a.revtype, count(*) from target_aud a where a.year_id = ? group by a.rev, a.revtype order by a.rev""",
                year);
        assertEquals(2, revisions.size(), "the seed target's revision and the file's: " + revisions);
        assertEquals(List.of(0, targets), revisions.get(1).subList(1, 3), "one revision for the whole file");

        // The same codes again, every title changed and two new targets: updates read chunk by chunk, new ones after.
        StringBuilder again = new StringBuilder(HEADER);
        for (int t = targets + 2; t >= 0; t--) {
            again.append(String.format("T-%04d,%s,Renamed %d,%d,cumulative,false%n", t, t > targets ? "Theme D" : "Theme A", t, t));
        }
        As.admin().contentType("text/csv").body(again.toString()).post(base + "/targets").then().statusCode(200)
                .body("imported", equalTo(targets + 3));
        List<List<Object>> renamed = query("""
                select t.code, t.display_order, t.title, th.name, t.version from target t join theme th on th.id = t.theme_id
                 where t.year_id = ? order by t.display_order""", year);
        assertEquals(targets + 3, renamed.size());
        assertEquals(List.of("T-0000", 1, "Renamed 0", "Theme A", 1), renamed.get(0));
        assertEquals(List.of("T-0700", 701, "Renamed 700", "Theme A", 1), renamed.get(700));
        assertEquals(List.of("T-1203", targets + 2, "Renamed 1203", "Theme D", 0), renamed.get(targets + 1),
                "new targets go after the last, in the file's order");
        assertEquals(List.of("T-1202", targets + 3, "Renamed 1202", "Theme D", 0), renamed.get(targets + 2));
        revisions = query("""
                select a.rev, a.revtype, count(*) from target_aud a where a.year_id = ? group by a.rev, a.revtype order by a.rev, a.revtype""",
                year);
        assertEquals(4, revisions.size(), revisions.toString());
        assertEquals(revisions.get(2).get(0), revisions.get(3).get(0), "the second file is one revision too");
        assertEquals(List.of(0, 2), revisions.get(2).subList(1, 3));
        assertEquals(List.of(1, targets + 1), revisions.get(3).subList(1, 3));

        // The audit rows are the targets as they now stand, every column, and Envers reads them as its own.
        Object second = revisions.get(3).get(0);
        assertEquals(0L, count("""
                select count(*) from target t join target_aud a on a.id = t.id and a.rev = %s
                 where (t.year_id, t.theme_id, t.code, t.title, t.description, t.target_value, t.unit, t.measure, t.profile_q1,
                        t.profile_q2, t.profile_q3, t.profile_q4, t.amber_threshold, t.key_target, t.display_order, t.owner)
                       is distinct from
                       (a.year_id, a.theme_id, a.code, a.title, a.description, a.target_value, a.unit, a.measure, a.profile_q1,
                        a.profile_q2, a.profile_q3, a.profile_q4, a.amber_threshold, a.key_target, a.display_order, a.owner)"""
                .formatted(second)));
        long renamedId = ((Number) query("select id from target where year_id = ? and code = 'T-0700'", year).get(0).get(0)).longValue();
        assertEquals(List.of("Target 700", "Renamed 700"), io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            var audit = org.hibernate.envers.AuditReaderFactory.get(em);
            List<Number> revs = audit.getRevisions(Target.class, renamedId);
            return revs.stream().map(rev -> audit.find(Target.class, renamedId, rev).title).toList();
        }), "the target's history as Envers reads it");

        // The same file again changes nothing: no version moves and the audit trail gets no revision.
        As.admin().contentType("text/csv").body(again.toString()).post(base + "/targets").then().statusCode(200)
                .body("imported", equalTo(targets + 3));
        assertEquals(renamed, query("""
                select t.code, t.display_order, t.title, th.name, t.version from target t join theme th on th.id = t.theme_id
                 where t.year_id = ? order by t.display_order""", year));
        assertEquals(revisions, query("""
                select a.rev, a.revtype, count(*) from target_aud a where a.year_id = ? group by a.rev, a.revtype order by a.rev, a.revtype""",
                year));
    }

    @ParameterizedTest(name = "another writer creates it first: {0}")
    @ValueSource(booleans = { false, true })
    void aTargetAnotherWriterChangesOrCreatesBeforeItsChunkIsReadIs409AndTheFileSavesNothing(boolean create) throws Exception {
        Conflict conflict = new Conflict(create);
        conflict.run(renamed -> As.admin().contentType("text/csv").body(renamed).post("/api/years/" + conflict.year + "/targets"))
                .then().statusCode(409).contentType("application/problem+json").body("detail", equalTo(conflict.message()));
        conflict.assertNothingSaved();
    }

    @Test
    void theUploadPageShowsTheFormAgainNamingTheTargetSomeoneElseChanged() throws Exception {
        Conflict conflict = new Conflict(false);
        String session = Pages.login("admin", "admin");
        String path = "/years/" + conflict.year + "/upload/targets";
        io.restassured.response.Response form = given().cookie("quarkus-credential", session).get(path);
        conflict.run(renamed -> given().cookie("quarkus-credential", session).cookie("csrf-token", form.getCookie("csrf-token"))
                .redirects().follow(false)
                .multiPart("csrf-token", Pages.hidden(form.asString(), "csrf-token"))
                .multiPart("file", "targets.csv", renamed.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/csv")
                .post(path))
                .then().statusCode(409).contentType(containsString("text/html"))
                .body(containsString(conflict.message()), containsString("name=\"file\""));
        conflict.assertNothingSaved();
    }

    /**
     * A year of a chunk and a hundred targets, and a file renaming them all that arrives while someone else changes a
     * target of the second chunk: the first chunk's first target is locked (not changed) until the import waits on it,
     * then the other change is committed and the lock let go. With {@code create}, the file also adds a target, which
     * the other writer creates first.
     */
    private final class Conflict {

        final int targets = TargetService.CHUNK + 100;
        final boolean create;
        final String later;
        final String year;
        private final String file;

        Conflict(boolean create) {
            this.create = create;
            this.later = String.format("T-%04d", create ? targets + 100 : TargetService.CHUNK + 50);
            StringBuilder csv = new StringBuilder(HEADER);
            for (int t = 1; t <= targets; t++) {
                csv.append(String.format("T-%04d,Theme A,Target %d,%d,cumulative,false%n", t, t, t));
            }
            file = csv.toString();
            year = TestYears.create("DCLG", file);
        }

        String message() {
            return later + " was changed by someone else while the file was being imported, so nothing in the file was saved."
                    + " Import it again to apply it over their change.";
        }

        io.restassured.response.Response run(java.util.function.Function<String, io.restassured.response.Response> send)
                throws Exception {
            String renamed = file.replace(",Target ", ",Renamed ") + (create ? later + ",Theme A,Renamed new,1,cumulative,false\n" : "");
            try (var first = dataSource.getConnection(); var other = dataSource.getConnection()) {
                first.setAutoCommit(false);
                assertEquals(1, Sql.rows(first, "select id from target where year_id = ? and code = 'T-0001' for update", year).size());
                CompletableFuture<io.restassured.response.Response> importing = CompletableFuture.supplyAsync(() -> send.apply(renamed));
                long waiting = 0;
                for (int i = 0; i < 200 && waiting == 0 && !importing.isDone(); i++) {
                    Thread.sleep(50);
                    waiting = count("select count(*) from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()");
                }
                assertTrue(waiting > 0, "the import waits behind the first transaction");
                assertEquals(1, update(other, create ? """
                        insert into target (id, year_id, theme_id, code, title, measure, display_order)
                        select nextval('target_id_seq'), year_id, theme_id, '%s', 'Theirs', 'CUMULATIVE', 9999 from target
                         where year_id = ? and code = 'T-0001'""".formatted(later)
                        : "update target set title = 'Theirs', version = version + 1 where year_id = ? and code = '" + later + "'", year));
                first.rollback();
                first.setAutoCommit(true);
                return importing.get(60, TimeUnit.SECONDS);
            }
        }

        void assertNothingSaved() throws Exception {
            assertEquals(List.of(List.of("Target 1", 0), List.of("Theirs", create ? 0 : 1)), query(
                    "select title, version from target where year_id = ? and code in ('T-0001', '" + later + "') order by code", year));
            assertEquals(List.of(List.of(0, targets)), query(
                    "select revtype, count(*) from target_aud where year_id = ? group by revtype", year),
                    "only the targets' creation is in the audit trail");
        }
    }

    private int update(java.sql.Connection connection, String sql, String year) throws Exception {
        try (var statement = connection.prepareStatement(sql)) {
            statement.setString(1, year);
            return statement.executeUpdate();
        }
    }

    private long count(String sql) throws Exception {
        return Sql.number(dataSource, sql);
    }

    private List<List<Object>> query(String sql, String parameter) throws Exception {
        return Sql.rows(dataSource, sql, parameter);
    }
}

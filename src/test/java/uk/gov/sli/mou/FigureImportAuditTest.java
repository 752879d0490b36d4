package uk.gov.sli.mou;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import uk.gov.sli.testing.As;
import uk.gov.sli.testing.Sql;
import uk.gov.sli.testing.TestYears;

/**
 * An import writes its figures by SQL, not as entities: what it leaves must be what an edit through the form or the
 * API leaves, in the audit trail, the versions and the ids.
 */
@QuarkusTest
class FigureImportAuditTest {

    private static final String TARGETS = """
            code,theme,title,target,measure,key
            A-01,Peer Work,Peer challenges,100,cumulative,true
            A-02,Peer Work,Councils supported,40,cumulative,false
            """;

    @Inject
    DataSource dataSource;

    @Test
    void anImportIsAuditedInOneRevisionOfTheUserWhoSentIt() throws Exception {
        String year = TestYears.create("DCLG", TARGETS);
        As.editor().contentType("text/csv").body("code,quarter,value,commentary\nA-01,Q1,5,first\nA-02,Q1,7,\n")
                .post("/api/years/" + year + "/figures").then().statusCode(200);
        As.admin().contentType("text/csv").body("code,quarter,value,rag_override,rag_reason\nA-01,Q1,6,AMBER,late\nA-02,Q1,7,,\n")
                .post("/api/years/" + year + "/figures").then().statusCode(200);

        List<List<Object>> rows = query("""
                select t.code, a.revtype, r.username, a.rev, a.figure_value, a.commentary, a.rag_override, a.rag_reason
                  from quarterly_figure_aud a join target t on t.id = a.target_id join revinfo r on r.rev = a.rev
                 where t.year_id = ? order by a.rev, t.code""", year);
        assertEquals(3, rows.size(), "two figures created, then one changed (A-02's 7 is the same): " + rows);
        assertEquals(List.of("A-01", 0, "editor"), rows.get(0).subList(0, 3));
        assertEquals(List.of("A-02", 0, "editor"), rows.get(1).subList(0, 3));
        assertEquals(rows.get(0).get(3), rows.get(1).get(3), "one file, one revision");
        assertEquals(List.of("A-01", 1, "admin"), rows.get(2).subList(0, 3));
        assertEquals(List.of("6.0000", "first", "AMBER", "late"), rows.get(2).subList(4, 8).stream().map(String::valueOf).toList());

        As.viewer().get("/api/years/" + year + "/figures/A-01/Q1/history").then().statusCode(200)
                .body("user", contains("editor", "admin"))
                .body("change", contains("created", "changed"))
                .body("value", contains(5, 6))
                .body("rag_override", contains(null, "AMBER"));
    }

    @Test
    void aFileThatChangesNothingLeavesNoRevision() throws Exception {
        String year = TestYears.create("DCLG", TARGETS);
        String file = "code,quarter,value,commentary\nA-01,Q2,3,steady\n";
        As.editor().contentType("text/csv").body(file).post("/api/years/" + year + "/figures").then().statusCode(200);
        long revisions = count("select count(*) from revinfo");
        As.editor().contentType("text/csv").body(file).post("/api/years/" + year + "/figures").then().statusCode(200);
        assertEquals(revisions, count("select count(*) from revinfo"));
        As.viewer().get("/api/years/" + year + "/figures/A-01/Q2").then().body("version", equalTo(0));
    }

    @Test
    void anImportMovesTheVersionThatAFormMustHold() {
        String year = TestYears.create("DCLG", TARGETS);
        As.editor().contentType("text/csv").body("code,quarter,value\nA-01,Q3,1\n").post("/api/years/" + year + "/figures")
                .then().statusCode(200);
        As.editor().contentType("text/csv").body("code,quarter,value\nA-01,Q3,2\n").post("/api/years/" + year + "/figures")
                .then().statusCode(200);
        String figure = "/api/years/" + year + "/figures/A-01/Q3";
        As.viewer().get(figure).then().body("value", equalTo(2)).body("version", equalTo(1));
        As.editor().contentType(ContentType.JSON).body("{\"value\":9,\"version\":0}").put(figure).then().statusCode(409);
        As.editor().contentType(ContentType.JSON).body("{\"value\":9,\"version\":1}").put(figure).then().statusCode(200)
                .body("version", equalTo(2));
    }

    @Test
    void anImportIntoAReopenedQuarterRestatesWhatItChangesForTheReopeningsReason() {
        String year = TestYears.create("DCLG", TARGETS);
        String base = "/api/years/" + year;
        As.editor().contentType("text/csv").body("code,quarter,value,commentary\nA-01,Q2,4,steady\n")
                .post(base + "/figures").then().statusCode(200);
        As.admin().contentType(ContentType.JSON).post(base + "/quarters/Q2/sign-off").then().statusCode(200);
        As.admin().contentType(ContentType.JSON).body("{\"reason\":\"late council return\"}")
                .post(base + "/quarters/Q2/reopen").then().statusCode(200);
        As.editor().contentType("text/csv").body("code,quarter,value,commentary\nA-01,Q2,5,steady\nA-02,Q2,3,\n")
                .post(base + "/figures").then().statusCode(200);
        As.viewer().get(base + "/restatements").then().statusCode(200)
                .body("code", contains("A-01", "A-02"))
                .body("field", contains("value", "value"))
                .body("from", contains("4", null))
                .body("to", contains("5", "3"))
                .body("reason", contains("late council return", "late council return"));
    }

    /**
     * Another writer changes a figure after the import has read it and before it writes it: the import's update finds
     * the version moved, and the whole file is refused with 409, its new figure too. The other writer's change is
     * made here by SQL in a transaction of its own, held open until PostgreSQL shows the import waiting behind it.
     */
    @Test
    void aFigureChangedByAnotherWriterWhileTheFileIsImportedIs409AndTheFileSavesNothing() throws Exception {
        String year = TestYears.create("DCLG", TARGETS);
        String base = "/api/years/" + year;
        As.editor().contentType("text/csv").body("code,quarter,value\nA-01,Q1,5\n").post(base + "/figures")
                .then().statusCode(200);

        io.restassured.response.Response answer;
        try (var other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (var update = other.prepareStatement("""
                    update quarterly_figure set figure_value = 6, version = version + 1
                     where quarter = 1 and target_id = (select id from target where year_id = ? and code = 'A-01')""")) {
                update.setString(1, year);
                assertEquals(1, update.executeUpdate());
            }
            var importing = java.util.concurrent.CompletableFuture.supplyAsync(() -> As.editor().contentType("text/csv")
                    .body("code,quarter,value\nA-01,Q1,7\nA-02,Q1,3\n").post(base + "/figures"));
            long waiting = 0;
            for (int i = 0; i < 200 && waiting == 0 && !importing.isDone(); i++) {
                Thread.sleep(50);
                waiting = count("select count(*) from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()");
            }
            assertTrue(waiting > 0, "the import waits behind the other writer's transaction");
            other.commit();
            other.setAutoCommit(true);
            answer = importing.get(30, java.util.concurrent.TimeUnit.SECONDS);
        }

        answer.then().statusCode(409).contentType("application/problem+json").body("detail", equalTo(
                "A-01 Q1 was changed by someone else while the file was being imported, so nothing in the file was saved."
                        + " Import it again to apply it over their change."));
        As.viewer().get(base + "/figures/A-01/Q1").then().body("value", equalTo(6)).body("version", equalTo(1));
        As.viewer().get(base + "/figures/A-02/Q1").then().body("value", equalTo(null)).body("version", equalTo(null));
        List<List<Object>> audited = query("""
                select t.code, a.revtype from quarterly_figure_aud a join target t on t.id = a.target_id
                 where t.year_id = ? order by a.rev, t.code""", year);
        assertEquals(List.of(List.of("A-01", 0)), audited, "only the first import's creation is in the audit trail");
    }

    @Test
    void figuresFromFormsAndImportsNeverShareAnId() throws Exception {
        StringBuilder targets = new StringBuilder("code,theme,title,target,measure,key\n");
        for (int t = 1; t <= 20; t++) {
            targets.append(String.format("B-%02d,Peer Work,Target %d,100,cumulative,false%n", t, t));
        }
        String year = TestYears.create("DCLG", targets.toString());
        As.editor().contentType(ContentType.JSON).body("{\"value\":1,\"version\":null}")
                .put("/api/years/" + year + "/figures/B-01/Q1").then().statusCode(200);
        As.editor().contentType("text/csv").body("code,quarter,value\nB-01,Q2,2\nB-02,Q1,3\nB-02,Q2,4\n")
                .post("/api/years/" + year + "/figures").then().statusCode(200);
        // More figures by form than one pool of ids holds (50), so the form's ids run on past what the import took.
        int forms = 0;
        for (int t = 3; t <= 20; t++) {
            for (int q = 1; q <= 4; q++) {
                As.editor().contentType(ContentType.JSON).body("{\"value\":" + q + ",\"version\":null}")
                        .put(String.format("/api/years/%s/figures/B-%02d/Q%d", year, t, q)).then().statusCode(200);
                forms++;
            }
        }
        List<List<Object>> ids = query("""
                select f.id from quarterly_figure f join target t on t.id = f.target_id where t.year_id = ?""", year);
        assertEquals(4 + forms, ids.size());
        assertEquals(ids.size(), ids.stream().distinct().count(), "ids " + ids);
    }

    private List<List<Object>> query(String sql, String year) throws Exception {
        return Sql.rows(dataSource, sql, year);
    }

    private long count(String sql) throws Exception {
        return Sql.number(dataSource, sql);
    }
}

package uk.gov.sli.mou;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import uk.gov.sli.testing.As;
import uk.gov.sli.testing.TestYears;

/**
 * The year page and the deliverables JSON answer from the data version: an ETag, 304 for a client that holds the
 * current one, the kept bytes for a repeat, a new answer as soon as anything they show changes, and never a page
 * rendered for another user.
 */
@QuarkusTest
class DataVersionCacheTest {

    @Inject
    EntityManagerFactory emf;

    @Inject
    uk.gov.sli.platform.security.StoredUsers users;

    private static final String TARGETS = """
            code,theme,title,target,measure,key
            C-01,Peer Work,Peer challenges,100,cumulative,true
            """;

    @Test
    void aClientHoldingTheCurrentVersionGetsNotModifiedAndAChangeGivesANewAnswer() {
        String year = TestYears.create("DCLG", TARGETS);
        String path = "/api/years/" + year + "/deliverables?quarter=Q1";
        String etag = As.viewer().get(path).then().statusCode(200).header("Cache-Control", equalTo("private, no-cache"))
                .extract().header("ETag");
        assertTrue(etag != null && etag.startsWith("\""), "tagged: " + etag);
        As.viewer().header("If-None-Match", etag).get(path).then().statusCode(304);

        As.editor().contentType(ContentType.JSON).body("{\"value\":12,\"commentary\":null,\"version\":null}")
                .put("/api/years/" + year + "/figures/C-01/Q1").then().statusCode(200);
        String changed = As.viewer().header("If-None-Match", etag).get(path).then().statusCode(200)
                .body("targets[0].quarters.Q1", equalTo(12)).extract().header("ETag");
        assertNotEquals(etag, changed, "a new figure is a new version");

        As.admin().contentType(ContentType.JSON).body("{}").post("/api/years/" + year + "/quarters/Q1/sign-off");
        As.viewer().header("If-None-Match", changed).get(path).then().statusCode(200)
                .body("signedOff.version", equalTo(1));
    }

    @Test
    void pagesJsonAndStylesGoCompressedToAClientThatAcceptsThem() {
        String year = TestYears.create("DCLG", TARGETS);
        for (String path : new String[] {"/years/" + year + "?quarter=Q1", "/api/years/" + year + "/deliverables?quarter=Q1",
                "/css/govuk-frontend.css"}) {
            io.restassured.response.Response plain = As.viewer().config(io.restassured.config.RestAssuredConfig.config()
                    .decoderConfig(io.restassured.config.DecoderConfig.decoderConfig().noContentDecoders())).get(path);
            io.restassured.response.Response gzipped = As.viewer().header("Accept-Encoding", "gzip").get(path);
            plain.then().statusCode(200).header("Content-Encoding", org.hamcrest.Matchers.nullValue());
            gzipped.then().statusCode(200).header("Content-Encoding", equalTo("gzip"));
            assertEquals(plain.asString(), gzipped.asString(), path + ": the same content either way");
        }
        As.viewer().header("Accept-Encoding", "gzip").get("/years/" + year + "?quarter=Q1").then()
                .header("Vary", containsString("Accept-Encoding"));
    }

    @Test
    void nobodyIsServedAPageRenderedForSomeoneElse() {
        String year = TestYears.create("DCLG", TARGETS);
        String page = "/years/" + year + "?quarter=Q1";
        String adminTag = As.admin().get(page).then().statusCode(200).body(containsString("Upload targets"))
                .body(containsString("Signed in as admin")).extract().header("ETag");
        String viewerTag = As.viewer().get(page).then().statusCode(200).body(not(containsString("Upload targets")))
                .body(not(containsString("Upload figures"))).body(containsString("Signed in as viewer")).extract().header("ETag");
        assertNotEquals(adminTag, viewerTag);
        As.viewer().header("If-None-Match", adminTag).get(page).then().statusCode(200).body(not(containsString("Upload targets")));
        As.viewer().header("If-None-Match", viewerTag).get(page).then().statusCode(304);
    }

    @Inject
    io.agroal.api.AgroalDataSource dataSource;

    @Inject
    DataVersion dataVersion;

    @Test
    void aRepeatedPageCostsNoQueryAtAllWhileNothingChanges() {
        String year = TestYears.create("DCLG", TARGETS);
        String page = "/years/" + year + "?quarter=Q1";
        awaitListening();
        As.viewer().get(page).then().statusCode(200);
        // Rendering ran transactions, and so does reading the user afresh: each ends with the version read again once.
        users.forget("viewer");
        users.find("viewer");
        As.viewer().get(page).then().statusCode(200);
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        long connections = dataSource.getMetrics().acquireCount();
        String body = As.viewer().get(page).then().statusCode(200).extract().asString();
        assertEquals(0, stats.getPrepareStatementCount(), "nothing is computed again");
        assertEquals(0, dataSource.getMetrics().acquireCount() - connections, "not even the data version is read");
        assertTrue(body.contains("C-01"));
    }

    @Test
    void aChangeCommittedElsewhereIsSeenWithoutAnyRequestOfThisInstanceCausingIt() throws Exception {
        String year = TestYears.create("DCLG", TARGETS);
        String path = "/api/years/" + year + "/deliverables?quarter=Q1";
        awaitListening();
        As.viewer().get(path).then().statusCode(200);
        String before = dataVersion.current();
        // As another instance, or psql, would: autocommit, no transaction of this service's.
        execute("update mou_year set label = '2098/99' where id = ?", year);
        String after = awaitVersionOtherThan(before);
        assertNotEquals(before, after);
        As.viewer().get(path).then().statusCode(200);
        As.viewer().get("/years/" + year + "?quarter=Q1").then().statusCode(200).body(containsString("2098/99"));
    }

    @Inject
    jakarta.persistence.EntityManager em;

    @Test
    void aChangeCommittedOnThisInstanceIsSeenByTheVeryNextReadWithoutWaitingForTheNotice() {
        String year = TestYears.create("DCLG", TARGETS);
        awaitListening();
        for (int i = 0; i < 10; i++) {
            String before = dataVersion.current();
            String label = (2080 + i) + "/" + String.format("%02d", (81 + i) % 100);
            io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> em
                    .createNativeQuery("update mou_year set label = ?1 where id = ?2")
                    .setParameter(1, label).setParameter(2, year).executeUpdate());
            // Read at once, on the committing thread: PostgreSQL's notice may still be on its way to the listener.
            assertNotEquals(before, dataVersion.current(), "change " + i);
        }
    }

    @Test
    void aChangeMadeWhileTheListenerReconnectsIsNotMissed() throws Exception {
        String year = TestYears.create("DCLG", TARGETS);
        awaitListening();
        String before = dataVersion.current();
        // Cut the listening connection, then change something before it is back.
        assertEquals(1, count("with listener as materialized (select pid from pg_stat_activity where application_name = ?) "
                + "select count(*) filter (where pg_terminate_backend(pid)) from listener", DataVersion.APPLICATION_NAME),
                "the listening connection is cut");
        execute("update mou_year set label = '2097/98' where id = ?", year);
        assertNotEquals(before, awaitVersionOtherThan(before));
        // The listener may not have noticed the cut yet when the change arrives, so it is awaited on the gauge itself.
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
        String metrics = "";
        while (!metrics.contains("sli_data_version_listening{application=\"sli-dashboard\"} 1.0")
                && System.nanoTime() < deadline) {
            sleep(50);
            metrics = io.restassured.RestAssured.given().port(uk.gov.sli.testing.Management.port()).get("/q/metrics")
                    .then().statusCode(200).extract().asString();
        }
        assertTrue(metrics.contains("sli_data_version_listening{application=\"sli-dashboard\"} 1.0"),
                "operators can see the listener is back");
        assertTrue(dataVersion.listening());
    }

    private void awaitListening() {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
        while (!dataVersion.listening()) {
            assertTrue(System.nanoTime() < deadline, "the service listens for data changes");
            sleep(20);
        }
    }

    private String awaitVersionOtherThan(String before) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
        String now = dataVersion.current();
        while (now.equals(before)) {
            assertTrue(System.nanoTime() < deadline, "the change reaches this instance");
            sleep(20);
            now = dataVersion.current();
        }
        return now;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql, String parameter) throws Exception {
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            statement.execute();
        }
    }

    @Test
    void aPageWithAFormIsNotKeptByTheBrowser() {
        String year = TestYears.create("DCLG", TARGETS);
        As.admin().get("/years/" + year + "/copy-to-next").then().statusCode(200)
                .header("ETag", org.hamcrest.Matchers.nullValue()).header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void insertsUpdatesAndDeletesOfThemesTargetsAndFiguresEachMoveTheYearsVersionOncePerTransaction() throws Exception {
        String year = TestYears.create("DCLG", TARGETS);
        String other = TestYears.create("DCLG", TARGETS);
        long otherVersion = version(other);

        long created = version(year);
        As.admin().contentType("text/csv").body(TARGETS + "C-02,New Theme,Leadership places,40,cumulative,true\n")
                .post("/api/years/" + year + "/targets").then().statusCode(200);
        long afterTargets = version(year);
        assertTrue(afterTargets > created, "a new theme and target (inserts) and the re-imported one (an update)");

        As.editor().contentType("text/csv").body("code,quarter,value\nC-01,Q1,5\nC-01,Q2,9\nC-02,Q1,3\n")
                .post("/api/years/" + year + "/figures").then().statusCode(200);
        long afterInserts = version(year);
        assertTrue(afterInserts > afterTargets, "three new figures");
        assertEquals(afterTargets + 1, afterInserts, "one transaction moves the version once, however many rows");

        As.editor().contentType("text/csv").body("code,quarter,value\nC-01,Q1,6\n")
                .post("/api/years/" + year + "/figures").then().statusCode(200);
        long afterUpdate = version(year);
        assertTrue(afterUpdate > afterInserts, "a changed figure");

        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(
                "delete from quarterly_figure where target_id in (select id from target where year_id = ? and code = 'C-02')")) {
            statement.setString(1, year);
            assertEquals(1, statement.executeUpdate());
        }
        assertTrue(version(year) > afterUpdate, "a deleted figure");
        assertEquals(otherVersion, version(other), "another year's version stays where it was");
    }

    @Test
    void addingAFigureAuditsTheFigureAndGivesItsTargetNoRevisionOfItsOwn() throws Exception {
        String year = TestYears.create("DCLG", TARGETS);
        String targetRevisions = "select count(*) from target_aud a join target t on t.id = a.id where t.year_id = ? and t.code = 'C-01'";
        String figureRevisions = "select count(*) from quarterly_figure_aud a join target t on t.id = a.target_id "
                + "where t.year_id = ? and t.code = 'C-01'";
        long before = count(targetRevisions, year);
        As.editor().contentType("text/csv").body("code,quarter,value\nC-01,Q1,5\nC-01,Q2,9\n")
                .post("/api/years/" + year + "/figures").then().statusCode(200);
        assertEquals(2, count(figureRevisions, year), "each new figure is on record");
        assertEquals(before, count(targetRevisions, year), "the target itself did not change");
    }

    private long count(String sql, String year) throws Exception {
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(sql)) {
            statement.setString(1, year);
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private long version(String year) throws Exception {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("select data_version from mou_year where id = ?")) {
            statement.setString(1, year);
            try (var result = statement.executeQuery()) {
                assertTrue(result.next(), year);
                return result.getLong(1);
            }
        }
    }
}

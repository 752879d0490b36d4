package uk.gov.sli.mou;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

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
 * The year page and the deliverables JSON cost the same number of SQL statements for 3 targets as for 60, and a
 * figures import, a target page and a dashboard cost the same in a year of 5 targets as in one of 600.
 */
@QuarkusTest
class BoundedQueriesTest {

    @Inject
    EntityManagerFactory emf;

    @Inject
    uk.gov.sli.platform.security.StoredUsers users;

    @Test
    void statementsDoNotGrowWithTheNumberOfTargets() {
        String[] years = years(3, 60);
        String small3 = years[0];
        String large60 = years[1];
        for (String path : new String[] {"/api/years/%s/deliverables?quarter=Q4", "/years/%s?quarter=Q4",
                "/api/years/%s/export.xlsx?quarter=Q4"}) {
            long small = statements(String.format(path, small3));
            long large = statements(String.format(path, large60));
            assertEquals(small, large, path + ": " + small + " statements for 3 targets, " + large + " for 60");
            assertTrue(large <= 10, path + " issues " + large + " statements");
        }
    }

    @Test
    void aFigureImportCostsWhatTheFileCostsWhateverTheSizeOfTheYear() {
        String[] years = years(5, 600);
        String small = years[0];
        String large = years[1];
        String five = "code,quarter,value,commentary\n" + IntStream.rangeClosed(1, 5)
                .mapToObj(i -> "B-" + i + ",Q4," + (20 + i) + ",revised").collect(Collectors.joining("\n"));
        long[] inSmall = importCost(small, five);
        long[] inLarge = importCost(large, five);
        assertEquals(inSmall[0], inLarge[0], "statements: " + inSmall[0] + " in a year of 5 targets, " + inLarge[0] + " in one of 600");
        assertEquals(inSmall[1], inLarge[1], "entities loaded: " + inSmall[1] + " in a year of 5 targets, " + inLarge[1] + " in one of 600");

        String twoHundred = "code,quarter,value,commentary\n" + IntStream.rangeClosed(1, 200)
                .mapToObj(i -> "B-" + i + ",Q3," + (30 + i % 9) + ",batched").collect(Collectors.joining("\n"));
        long[] many = importCost(large, twoHundred);
        assertTrue(many[0] <= inLarge[0] + 40, "200 rows take " + many[0] + " statements where 5 took " + inLarge[0]
                + ": the writes go in batches, not one statement a row");
    }

    @Test
    void aTargetPageLoadsItsOwnTargetWhateverTheSizeOfTheYear() {
        String[] years = years(5, 600);
        String small = years[0];
        String large = years[1];
        for (String path : new String[] {"/years/%s/targets/B-3?quarter=Q4", "/dashboards/peer-challenges?year=%s"}) {
            long inSmall = entitiesLoaded(String.format(path, small));
            long inLarge = entitiesLoaded(String.format(path, large));
            // No more in the large year (the dashboard's other years may already be kept from the first request).
            assertTrue(inLarge <= inSmall, path + ": " + inSmall + " entities loaded in a year of 5 targets, " + inLarge
                    + " in one of 600 (each quarter's whole view was computed for one row)");
        }
    }

    @Test
    void openingAReturnWritesItsItemsAndTheirEventsInBatches() {
        String[] years = years(5, 600);
        String small = years[0];
        String large = years[1];
        long[] inSmall = openCost(small);
        long[] inLarge = openCost(large);
        // 600 items and 600 events are 24 batches of 50 where 5 are 2 (and the answer's own reads, the same in both).
        assertTrue(inLarge[0] <= inSmall[0] + 30, "statements: " + inSmall[0] + " for a return of 5 targets, " + inLarge[0]
                + " for one of 600: the inserts go in batches, not one statement an item");
        assertEquals(595, inLarge[1] - inSmall[1], "entities loaded: " + inSmall[1] + " for 5 targets, " + inLarge[1]
                + " for 600: each target once, for the answer's list of items");
    }

    private long[] openCost(String year) {
        As.admin().get("/api/years").then().statusCode(200);
        users.forget("admin");
        users.find("admin");
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        As.admin().contentType(ContentType.JSON).body("{\"due\":\"2091-07-08\"}").post("/api/years/" + year + "/returns/Q1")
                .then().statusCode(200);
        return new long[] { stats.getPrepareStatementCount(), stats.getEntityLoadCount() };
    }

    /** Entities loaded by the first request for a page (nothing of the year computed before it). */
    private long entitiesLoaded(String path) {
        As.viewer().get("/api/years").then().statusCode(200);
        freshUser();
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        As.viewer().get(path).then().statusCode(200);
        return stats.getEntityLoadCount();
    }

    /** Statements prepared and entities loaded by one figures import. */
    private long[] importCost(String year, String csv) {
        As.editor().get("/api/years").then().statusCode(200);
        users.forget("editor");
        users.find("editor");
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        As.editor().contentType("text/csv").body(csv).post("/api/years/" + year + "/figures").then().statusCode(200);
        return new long[] { stats.getPrepareStatementCount(), stats.getEntityLoadCount() };
    }

    /** Statements for the first (computed) request; a repeat is served from the computed view. */
    private long statements(String path) {
        As.viewer().get("/api/years").then().statusCode(200); // sign-in, so that only the page's own work is counted
        freshUser();
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        As.viewer().get(path).then().statusCode(200);
        long first = stats.getPrepareStatementCount();
        // The signed-in user is read at most once a second: read it again now, so only the page's own work counts.
        freshUser();
        stats.clear();
        As.viewer().get(path).then().statusCode(200);
        assertTrue(stats.getPrepareStatementCount() <= first, path + ": a repeat costs no more than the first request");
        return first;
    }

    /** Reads the signed-in user now, so that the request measured next finds it fresh rather than reads it again. */
    private void freshUser() {
        users.forget("viewer");
        users.find("viewer");
    }

    /** Two new years, of {@code smaller} and of {@code larger} targets, each with a figure for every quarter. */
    private static String[] years(int smaller, int larger) {
        String[] years = { TestYears.next(), TestYears.next() };
        createYear(years[0], smaller);
        createYear(years[1], larger);
        return years;
    }

    private static void createYear(String year, int targets) {
        As.admin().contentType(ContentType.JSON).body("{\"department\":\"SYNTHETIC\"}").put("/api/years/" + year);
        String targetRows = IntStream.rangeClosed(1, targets)
                .mapToObj(i -> "B-" + i + ",Theme " + (i % 5) + ",Target " + i + "," + (10 + i) + ",councils,cumulative,true")
                .collect(Collectors.joining("\n"));
        As.admin().contentType("text/csv").body("code,theme,title,target,unit,measure,key\n" + targetRows)
                .post("/api/years/" + year + "/targets").then().statusCode(200);
        String figureRows = IntStream.rangeClosed(1, targets).boxed()
                .flatMap(i -> IntStream.rangeClosed(1, 4).mapToObj(q -> "B-" + i + ",Q" + q + "," + (i % 7) + ",note " + q))
                .collect(Collectors.joining("\n"));
        As.editor().contentType("text/csv").body("code,quarter,value,commentary\n" + figureRows)
                .post("/api/years/" + year + "/figures").then().statusCode(200);
    }
}

package uk.gov.sli.signoff;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import uk.gov.sli.testing.As;
import uk.gov.sli.testing.TestYears;

/** Rules 4, 9 and 10: as-at views, awaited figures, frozen signed-off quarters, restatements. */
@QuarkusTest
class AsAtAndSignOffTest {

    static final String TARGETS = """
            code,theme,title,target,measure,key
            A-01,Peer Work,Peer challenges,100,cumulative,true
            A-02,Efficiency,Productivity experts,20,cumulative,true
            A-03,Efficiency,Shared services map,,cumulative,true
            """;

    static final String Q1_Q2 = """
            code,quarter,value,commentary,rag_override,rag_reason
            A-01,Q1,18,Slow start,,
            A-01,Q2,13,Catching up,AMBER,99 in the pipeline
            A-02,Q1,4,,,
            A-02,Q2,6,,,
            A-03,Q2,,Map published,GREEN,416 arrangements mapped
            """;

    @Inject
    EntityManager em;

    private static String yearWithQ1AndQ2() {
        String year = TestYears.create("DCLG", TARGETS);
        As.editor().contentType("text/csv").body(Q1_Q2).post("/api/years/" + year + "/figures").then().statusCode(200);
        return year;
    }

    private static String get(String path) {
        return As.viewer().get(path).then().statusCode(200).extract().asString();
    }

    private static byte[] bytes(String path) {
        return As.viewer().get(path).then().statusCode(200).extract().asByteArray();
    }

    private static void putFigure(String year, String code, String quarter, String json) {
        As.editor().contentType(ContentType.JSON).body(json).put("/api/years/" + year + "/figures/" + code + "/" + quarter)
                .then().statusCode(200);
    }

    @Test
    void enteringQ3ChangesNoQ2ViewOrExport() {
        String year = yearWithQ1AndQ2();
        String base = "/api/years/" + year;
        List<String> paths = List.of(base + "/deliverables?quarter=Q2", base + "/summary?quarter=Q2",
                base + "/export.csv?quarter=Q2", "/years/" + year + "?quarter=Q2");
        List<String> before = paths.stream().map(AsAtAndSignOffTest::get).toList();
        byte[] xlsxBefore = bytes(base + "/export.xlsx?quarter=Q2");

        putFigure(year, "A-01", "Q3", "{\"value\":30,\"commentary\":\"Q3 figure\",\"version\":null}");
        putFigure(year, "A-02", "Q4", "{\"value\":1,\"commentary\":null,\"version\":null}");

        for (int i = 0; i < paths.size(); i++) {
            String after = get(paths.get(i));
            if (paths.get(i).startsWith("/years/")) {
                // The page carries a fresh CSRF token each time; everything else is the same.
                after = after.replaceAll("name=\"csrf-token\" value=\"[^\"]*\"", "");
                assertEquals(before.get(i).replaceAll("name=\"csrf-token\" value=\"[^\"]*\"", ""), after, paths.get(i));
            } else {
                assertEquals(before.get(i), after, paths.get(i));
            }
        }
        assertEquals(XlsxCells.of(xlsxBefore), XlsxCells.of(bytes(base + "/export.xlsx?quarter=Q2")));
        As.viewer().get(base + "/deliverables?quarter=Q2").then()
                .body("targets.find { it.code == 'A-01' }.quarters.Q3", nullValue())
                .body("targets.find { it.code == 'A-01' }.total", equalTo(31));
        assertTrue(get(base + "/export.csv?quarter=Q2").lines().noneMatch(l -> l.contains(",30,")), "no Oct-Dec figure");
    }

    @Test
    void beforeAnyoneReportsQ3NoTargetIsRedAndTheSummarySaysTheyAreAwaited() {
        String year = yearWithQ1AndQ2();
        As.viewer().get("/api/years/" + year + "/deliverables?quarter=Q3").then().statusCode(200)
                .body("targets.rag", everyItem(equalTo("NOT_REPORTED")))
                .body("targets.find { it.code == 'A-02' }.previousRag", equalTo("GREEN"))
                .body("targets.find { it.code == 'A-01' }.previousRag", equalTo("AMBER"))
                .body("targets.find { it.code == 'A-02' }.awaiting", equalTo(true));
        As.viewer().get("/api/years/" + year + "/summary?quarter=Q3").then()
                .body("keyTargets", equalTo(3)).body("red", equalTo(0)).body("notReported", equalTo(3))
                .body("sentence", equalTo("Of the 3 key targets, all 3 are awaiting their Q3 figures."));
        As.viewer().get("/years/" + year + "?quarter=Q3").then().statusCode(200)
                .body(containsString("Awaiting Q3 figure")).body(not(containsString("data-rag=\"RED\"")));

        putFigure(year, "A-02", "Q3", "{\"value\":5,\"commentary\":null,\"version\":null}");
        As.viewer().get("/api/years/" + year + "/summary?quarter=Q3").then()
                .body("sentence", equalTo("Of the 3 key targets, 1 is rag-rated green and the remaining 2 are awaiting their Q3 figures."));
    }

    @Test
    void aSignedOffQuartersFilesAreTheSameBytesAfterLaterEntriesAndARestatedTarget() {
        String year = yearWithQ1AndQ2();
        String base = "/api/years/" + year;
        As.admin().contentType(ContentType.JSON).post(base + "/quarters/Q2/sign-off").then().statusCode(200).body("version", equalTo(1));
        List<String> files = List.of(base + "/export.csv?quarter=Q2", base + "/export.xlsx?quarter=Q2",
                base + "/monitoring-pack.xlsx?quarter=Q2", base + "/report.pdf?quarter=Q2");
        List<byte[]> first = files.stream().map(AsAtAndSignOffTest::bytes).toList();
        String deliverables = get(base + "/deliverables?quarter=Q2");

        putFigure(year, "A-01", "Q3", "{\"value\":30,\"commentary\":\"later\",\"version\":null}");
        As.admin().contentType(ContentType.JSON)
                .body("{\"theme\":\"Peer Work\",\"title\":\"Peer challenges\",\"target\":120,\"measure\":\"cumulative\",\"key\":true}")
                .put(base + "/targets/A-01").then().statusCode(409)
                .body("detail", containsString("Q2")).body("detail", containsString("reason"));
        As.admin().contentType(ContentType.JSON)
                .body("{\"theme\":\"Peer Work\",\"title\":\"Peer challenges\",\"target\":120,\"measure\":\"cumulative\","
                        + "\"key\":true,\"reason\":\"Ministry raised the ambition in October\"}")
                .put(base + "/targets/A-01").then().statusCode(200);

        for (int i = 0; i < files.size(); i++) {
            assertArrayEquals(first.get(i), bytes(files.get(i)), files.get(i) + " changed after sign-off");
        }
        assertEquals(deliverables, get(base + "/deliverables?quarter=Q2"));
        String sha = As.viewer().get(base + "/deliverables?quarter=Q2").then()
                .body("signedOff.by", equalTo("admin")).body("signedOff.version", equalTo(1))
                .body("targets.find { it.code == 'A-01' }.target", equalTo(100))
                .extract().path("signedOff.sha256");
        assertTrue(new String(bytes(base + "/export.csv?quarter=Q2"), StandardCharsets.UTF_8)
                .contains("Signed off by admin on ") , "the CSV says whose sign-off it is");
        assertTrue(new String(bytes(base + "/export.csv?quarter=Q2"), StandardCharsets.UTF_8).contains(sha.substring(0, 12)));
        As.viewer().get(base + "/restatements").then().statusCode(200)
                .body("", hasSize(1)).body("[0].quarter", equalTo("Q2")).body("[0].code", equalTo("A-01"))
                .body("[0].field", equalTo("target")).body("[0].from", equalTo("100")).body("[0].to", equalTo("120"))
                .body("[0].reason", equalTo("Ministry raised the ambition in October")).body("[0].by", equalTo("admin"));
        As.viewer().get("/years/" + year + "/report?quarter=Q3").then().statusCode(200)
                .body(containsString("Ministry raised the ambition in October"));
    }

    @Test
    void reopeningAndSigningOffAgainMakesVersionTwoAndVersionOneStaysReadable() throws Exception {
        String year = yearWithQ1AndQ2();
        String base = "/api/years/" + year;
        As.admin().contentType(ContentType.JSON).post(base + "/quarters/Q2/sign-off").then().statusCode(200);
        As.admin().contentType(ContentType.JSON).body("{\"reason\":\"A-02 Q2 was misreported\"}")
                .post(base + "/quarters/Q2/reopen").then().statusCode(200);
        putFigure(year, "A-02", "Q2", "{\"value\":7,\"commentary\":null,\"version\":0}");
        As.admin().contentType(ContentType.JSON).post(base + "/quarters/Q2/sign-off").then().statusCode(200).body("version", equalTo(2));

        As.viewer().get(base + "/quarters/Q2/snapshots").then().body("version", org.hamcrest.Matchers.contains(1, 2));
        for (int version : new int[] { 1, 2 }) {
            String listed = As.viewer().get(base + "/quarters/Q2/snapshots").then().extract()
                    .path("find { it.version == " + version + " }.sha256");
            byte[] body = bytes(base + "/quarters/Q2/snapshots/" + version);
            assertEquals(listed, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)));
        }
        assertTrue(get(base + "/quarters/Q2/snapshots/1").contains("\"Q2\":6"));
        assertTrue(get(base + "/quarters/Q2/snapshots/2").contains("\"Q2\":7"));
        As.viewer().get(base + "/restatements").then()
                .body("field", hasItem("value")).body("reason", hasItem("A-02 Q2 was misreported"));
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveASnapshot() {
        String year = yearWithQ1AndQ2();
        As.admin().contentType(ContentType.JSON).post("/api/years/" + year + "/quarters/Q2/sign-off").then().statusCode(200);
        for (String sql : new String[] { "update quarter_snapshot set body = '{}' where year_id = ?1",
                "delete from quarter_snapshot where year_id = ?1" }) {
            assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(
                    () -> em.createNativeQuery(sql).setParameter(1, year).executeUpdate()), sql);
        }
        As.viewer().get("/api/years/" + year + "/quarters/Q2/snapshots").then().body("", hasSize(1));
    }

    @Test
    void aViewOfASignedOffQuarterNamesItsSnapshotAndAnOpenOneDoesNot() {
        String year = yearWithQ1AndQ2();
        As.viewer().get("/api/years/" + year + "/deliverables?quarter=Q2").then().body("signedOff", nullValue());
        As.admin().contentType(ContentType.JSON).post("/api/years/" + year + "/quarters/Q2/sign-off").then().statusCode(200);
        As.viewer().get("/api/years/" + year + "/deliverables?quarter=Q2").then()
                .body("signedOff.sha256", notNullValue()).body("signedOff.at", notNullValue());
        As.viewer().get("/years/" + year + "?quarter=Q2").then().body(containsString("Signed off by admin on"));
    }
}

package uk.gov.sli.mou;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.gov.sli.testing.As;

@QuarkusTest
class YearPageTest {

    @Test
    void homeGoesToTheLatestYearThatHasTargets() {
        String location = As.viewer().redirects().follow(false).get("/").then().statusCode(303).extract().header("Location");
        String year = location.substring(location.lastIndexOf('/') + 1);
        java.util.List<String> years = As.viewer().get("/api/years").then().extract().path("id");
        for (String later : years.subList(0, years.indexOf(year))) {
            As.viewer().get("/api/years/" + later + "/deliverables").then().body("targets", org.hamcrest.Matchers.empty());
        }
        As.viewer().get("/api/years/" + year + "/deliverables").then().body("targets", org.hamcrest.Matchers.not(org.hamcrest.Matchers.empty()));
    }

    @Test
    void yearPageShowsTheSummaryAndEveryTargetWithItsRagAsText() {
        As.viewer().get("/years/2015-16?quarter=Q2").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("Of the 26 key targets, 15 are rag-rated green and the remaining 11 are amber."))
                .body(containsString("Peer Work in Local Authorities"))
                .body(containsString("data-code=\"PEER-01\" data-rag=\"AMBER\""))
                .body(containsString("set by an officer; computed Red"))
                .body(containsString(">31%<"))
                .body(containsString(">Green<"))
                .body(containsString(">Amber<"));
    }

    @Test
    void theImportBannerCountsRowsInGoodEnglish() {
        As.viewer().get("/years/2015-16?quarter=Q2&imported=1").then().statusCode(200)
                .body(containsString("Imported 1 row.")).body(not(containsString("Imported 1 rows.")));
        As.viewer().get("/years/2015-16?quarter=Q2&imported=3").then().statusCode(200).body(containsString("Imported 3 rows."));
    }

    @Test
    void filteringByRagShowsOnlyThoseTargets() {
        String page = As.viewer().get("/years/2015-16?quarter=Q2&rag=AMBER").then().statusCode(200)
                .body(containsString("11 of 27 targets"))
                .body(containsString("Showing status Amber."))
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(page.contains("data-rag=\"GREEN\""));
    }

    @Test
    void targetPageShowsTheMouTextTheQuarterTableAndTheChart() {
        As.viewer().get("/years/2015-16/targets/PEER-01").then().statusCode(200)
                .body(containsString("Delivering at least 100 peer challenges"))
                .body(containsString("id=\"target-chart\""))
                .body(containsString("data-series=\"Actual to date\""))
                .body(containsString("data-label=\"Q2\""))
                .body(containsString("data-value=\"31\""))
                .body(containsString("data-value=\"50\""))
                .body(containsString("/webjars/chart.js/dist/chart.umd.js"));
    }

    @Test
    void theChartLibraryIsServedWithoutAVersionInItsUrl() {
        As.viewer().get("/webjars/chart.js/dist/chart.umd.js").then().statusCode(200);
    }

    @Test
    void aYearWithHeadlineFiguresOnlyShowsThemWithTheirSources() {
        As.viewer().get("/years/2018-19").then().statusCode(200)
                .body(containsString("No MoU targets are held for 2018/19"))
                .body(containsString("peer challenges delivered"))
                .body(containsString(">145<"))
                .body(containsString("Priorities and work programme"));
    }

    @Test
    void anUnknownTargetIsNotFound() {
        As.viewer().get("/years/2015-16/targets/NOPE-99").then().statusCode(404)
                .body(not(containsString("Exception")));
    }
}

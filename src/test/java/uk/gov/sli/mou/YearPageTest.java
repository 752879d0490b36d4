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
    void aYearOfManyTargetsIsListedAPageAtATimeWithLinksThatKeepTheQuarterAndFilter() {
        StringBuilder csv = new StringBuilder("code,theme,title,target,measure,key\n");
        for (int t = 1; t <= uk.gov.sli.platform.web.Paging.SIZE * 2 + 50; t++) {
            csv.append(String.format("T-%04d,Theme %d,Target %d,%d,cumulative,%s%n", t, t % 3, t, t, t % 2 == 0));
        }
        String year = uk.gov.sli.testing.TestYears.create("DCLG", csv.toString());
        String first = As.viewer().get("/years/" + year + "?quarter=Q1").then().statusCode(200)
                .body(containsString("Targets 1 to 200 of 450, those needing attention first"))
                .body(containsString("<nav class=\"govuk-pagination app-no-print\" id=\"pages\" aria-label=\"Pages of targets\">"))
                .body(containsString("href=\"/years/" + year + "?quarter=Q1&amp;page=2#targets\" rel=\"next\""))
                .body(containsString("aria-label=\"Page 1\" aria-current=\"page\""))
                .body(not(containsString("rel=\"prev\"")))
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertEquals(200, first.split("<tr class=\"govuk-table__row\" data-code=").length - 1);

        String last = As.viewer().get("/years/" + year + "?quarter=Q1&page=3").then().statusCode(200)
                .body(containsString("Targets 401 to 450 of 450"))
                .body(containsString("href=\"/years/" + year + "?quarter=Q1&amp;page=2#targets\" rel=\"prev\""))
                .body(not(containsString("rel=\"next\"")))
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertEquals(50, last.split("<tr class=\"govuk-table__row\" data-code=").length - 1);

        // Key targets of one theme fit one page; all 225 key targets take two, and the links carry the filter.
        As.viewer().queryParam("theme", "Theme 1").get("/years/" + year + "?quarter=Q1&key=true").then().statusCode(200)
                .body(containsString("75 of 450 targets")).body(not(containsString("id=\"pages\"")));
        As.viewer().get("/years/" + year + "?quarter=Q1&key=true").then().statusCode(200)
                .body(containsString("Targets 1 to 200 of the 225 matching, of 450"))
                .body(containsString("href=\"/years/" + year + "?quarter=Q1&amp;key=true&amp;page=2#targets\""));

        As.viewer().accept("text/html").get("/years/" + year + "?quarter=Q1&page=0").then().statusCode(400)
                .body(containsString("page must be a whole number from 1"));
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

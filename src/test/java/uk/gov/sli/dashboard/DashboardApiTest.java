package uk.gov.sli.dashboard;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.gov.sli.testing.As;

@QuarkusTest
class DashboardApiTest {

    @Test
    void aDashboardIsAnsweredFromTheDataVersionAndAFinanceOrLeadershipImportGivesANewAnswer() {
        String year = uk.gov.sli.testing.TestYears.create("DCLG", "code,theme,title,target,measure\nD-01,Dash,Dash,10,cumulative\n");
        for (String[] change : new String[][] {
                {"leadership", "/leadership/bookings", "dimension,category,programme,bookings\nparty,Party A,LA,7\n"},
                {"finance", "/finance?period=7", "section,description,budget_ytd,actual_ytd,budget_year,forecast_outturn\n"
                        + "Core expenditure,Line one,100,120,200,230\n"}}) {
            String path = "/api/dashboards/" + change[0] + "?year=" + year;
            String before = As.viewer().get(path).then().statusCode(200).extract().header("ETag");
            As.viewer().header("If-None-Match", before).get(path).then().statusCode(304);
            As.admin().contentType("text/csv").body(change[2]).post("/api/years/" + year + change[1]).then().statusCode(200);
            String after = As.viewer().header("If-None-Match", before).get(path).then().statusCode(200)
                    .body(containsString(change[0].equals("leadership") ? "\"all\":7" : "Line one")).extract().header("ETag");
            org.junit.jupiter.api.Assertions.assertNotEquals(before, after, change[0]);
            As.viewer().get("/dashboards/" + change[0] + "?year=" + year).then().statusCode(200)
                    .header("ETag", org.hamcrest.Matchers.notNullValue());
        }
    }

    @Test
    void theThreeShippedDashboardsAreListed() {
        As.viewer().get("/api/dashboards").then().statusCode(200)
                .body("id", hasItems("peer-challenges", "leadership", "finance"));
    }

    @Test
    void leadershipSplitsThe764BookingsAsItem3PrintsThem() {
        String totals = "panels.find { it.id == 'by-programme' }.";
        String party = "panels.find { it.id == 'by-party' }.";
        As.viewer().get("/api/dashboards/leadership?year=2015-16").then().statusCode(200)
                .body(totals + "labels", contains("Leadership Academy (LA)", "Leadership Essentials (LE)",
                        "Focus on Leadership (FoL)", "Leaders' Programme (LEAD)", "Next Generation (NXG)", "Leading Edge (LEDGE)"))
                .body(totals + "series[0].data", contains(152, 437, 80, 12, 64, 19))
                .body(totals + "totals.all", equalTo(764))
                .body(party + "labels", contains("Labour", "Conservative", "Liberal Democrat", "Independent"))
                .body(party + "series.find { it.label == 'Leadership Essentials (LE)' }.data", contains(179, 208, 19, 31))
                .body(party + "totals.bySeries", contains(152, 437, 80, 12, 64, 19))
                .body(party + "totals.all", equalTo(764))
                .body("panels.find { it.id == 'by-region' }.totals.all", equalTo(764))
                .body("panels.find { it.id == 'by-council-type' }.totals.all", equalTo(764))
                .body("panels.find { it.id == 'by-gender' }.totals.all", equalTo(764))
                .body("panels.find { it.id == 'by-gender' }.series.find { it.label == 'Leadership Academy (LA)' }.data", contains(92, 60));
    }

    @Test
    void peerChallengesShowTheQuartersAgainstTheTargetAndTheYearlySeries() {
        As.viewer().get("/api/dashboards/peer-challenges?year=2015-16").then().statusCode(200)
                .body("panels[0].series[0].data", contains(18, 13, null, null))
                .body("panels[0].series[1].data", contains(18, 31, null, null))
                .body("panels[0].series[2].data", contains(25, 50, 75, 100))
                .body("panels.find { it.id == 'pipeline' }.series[0].data", contains(31, 99))
                .body("panels.find { it.id == 'by-year' }.labels", hasItems("2015/16", "2018/19", "2019/20"))
                .body("panels.find { it.id == 'by-year' }.series[0].data", hasItems(31, 145));
    }

    @Test
    void aYearWithoutHeadlineFiguresShowsEmptyPointsRatherThanFailing() {
        As.viewer().get("/api/dashboards/peer-challenges?year=2018-19").then().statusCode(200)
                .body("panels.find { it.id == 'pipeline' }.series[0].data", contains(145, null));
        As.viewer().get("/api/dashboards/leadership?year=2019-20").then().statusCode(200);
        As.viewer().get("/api/dashboards/finance?year=2019-20").then().statusCode(200);
        As.viewer().get("/dashboards/finance?year=2019-20").then().statusCode(200);
    }

    @Test
    void financeShowsAnnexCsVariances() {
        As.viewer().get("/api/dashboards/finance?year=2015-16").then().statusCode(200)
                .body("panels[0].labels", hasItems("Property Costs", "Extra Employee Costs"))
                .body("panels[0].series[0].tone", equalTo("adverse"))
                .body("panels[0].series[0].data", hasItems(315, 600))
                .body("panels[0].series[1].tone", equalTo("favourable"))
                .body("panels[0].series[1].data", hasItems(-424));
    }

    @Test
    void theDashboardPageHasAChartAndATableForEveryPanel() {
        As.viewer().get("/dashboards/leadership?year=2015-16").then().statusCode(200)
                .body(containsString("id=\"chart-by-party\""))
                .body(containsString("id=\"table-by-party\""))
                .body(containsString("data-label=\"Liberal Democrat\""));
        As.viewer().get("/api/dashboards/nope").then().statusCode(404);
        As.viewer().get("/api/dashboards/finance?year=1999-00").then().statusCode(404);
    }

    @Test
    void everyMetricTheGrafanaDashboardQueriesIsExported() throws Exception {
        As.viewer().get("/api/years/2015-16/summary?quarter=Q2").then().statusCode(200);
        String metrics = io.restassured.RestAssured.given().port(uk.gov.sli.testing.Management.port()).get("/q/metrics").then().statusCode(200).extract().asString();
        String grafana = java.nio.file.Files.readString(java.nio.file.Path.of("dashboards/grafana/sli-service.json"));
        java.util.regex.Matcher names = java.util.regex.Pattern.compile("\\b([a-z_]+_(?:count|bucket|bytes|usage|threads))\\{")
                .matcher(grafana);
        int checked = 0;
        while (names.find()) {
            org.junit.jupiter.api.Assertions.assertTrue(metrics.contains(names.group(1) + "{"), names.group(1) + " is not exported");
            checked++;
        }
        org.junit.jupiter.api.Assertions.assertTrue(checked >= 8, "the dashboard's queries were found");
        org.junit.jupiter.api.Assertions.assertTrue(metrics.contains("application=\"sli-dashboard\""));
    }

    @Test
    void theHomePageStillGoesToTheLatestYearWithTargets() {
        As.viewer().redirects().follow(false).get("/").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.not(containsString("2019-20")));
        As.viewer().get("/api/years/2019-20/headlines").then().statusCode(200)
                .body("find { it.measure == 'councillors_signed_up' }.qualifier", equalTo("over"));
    }
}

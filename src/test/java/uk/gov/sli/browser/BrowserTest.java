package uk.gov.sli.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import uk.gov.sli.testing.Tools;

/**
 * The pages in a real browser (Debian's Chromium, headless): Chart.js draws the expected data, every chart has its
 * table, and the console stays clean under the Content-Security-Policy ({@link OverviewBrowserTest} runs axe-core on
 * every page).
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {

    @TestHTTPResource("/")
    URL base;

    private ChromeDriver browser;
    private Path profile;

    @BeforeAll
    void startBrowser() throws IOException {
        browser = uk.gov.sli.testing.Browser.start();
        signIn();
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void signIn() {
        browser.get(url("/login"));
        browser.findElement(By.id("j_username")).sendKeys("viewer");
        browser.findElement(By.id("j_password")).sendKeys("viewer");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/years/"));
    }

    @Test
    void leadershipShowsThe764BookingsSplitAsItem3PrintsThem() {
        open("/dashboards/leadership?year=2015-16");
        Map<String, Object> byProgramme = chart("chart-by-programme");
        assertEquals(List.of("Leadership Academy (LA)", "Leadership Essentials (LE)", "Focus on Leadership (FoL)",
                "Leaders' Programme (LEAD)", "Next Generation (NXG)", "Leading Edge (LEDGE)"), byProgramme.get("labels"));
        assertEquals(List.of(152L, 437L, 80L, 12L, 64L, 19L), series(byProgramme, 0));
        Map<String, Object> byParty = chart("chart-by-party");
        long total = ((List<?>) byParty.get("data")).stream().flatMap(d -> ((List<?>) d).stream())
                .mapToLong(v -> ((Number) v).longValue()).sum();
        assertEquals(764, total);
        assertEquals(6, ((List<?>) byParty.get("data")).size(), "one series per programme");
        assertEveryChartHasItsTable();
        assertCleanConsole();
    }

    @Test
    void peerChallengesShowTheQuartersAgainstTheTargetAndTheYears() {
        open("/dashboards/peer-challenges?year=2015-16");
        Map<String, Object> byQuarter = chart("chart-by-quarter");
        assertEquals(18L, ((Number) series(byQuarter, 0).get(0)).longValue());
        assertEquals(13L, ((Number) series(byQuarter, 0).get(1)).longValue());
        assertEquals(50L, ((Number) series(byQuarter, 2).get(1)).longValue());
        Map<String, Object> byYear = chart("chart-by-year");
        assertTrue(((List<?>) byYear.get("labels")).containsAll(List.of("2015/16", "2018/19", "2019/20")));
        assertTrue(series(byYear, 0).contains(145L));
        assertEveryChartHasItsTable();
        assertCleanConsole();
    }

    @Test
    void financeShowsAnnexCsVariances() {
        open("/dashboards/finance?year=2015-16");
        Map<String, Object> variance = chart("chart-variance");
        List<?> labels = (List<?>) variance.get("labels");
        assertEquals(315L, ((Number) series(variance, 0).get(labels.indexOf("Property Costs"))).longValue());
        assertEveryChartHasItsTable();
        assertCleanConsole();
    }

    @Test
    @SuppressWarnings("unchecked")
    void onAPhoneTheFinanceChartShortensLongLineNamesOnItsAxisAndKeepsThemWhole() {
        org.openqa.selenium.Dimension before = browser.manage().window().getSize();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 900));
        try {
            open("/dashboards/finance?year=2015-16");
            chart("chart-variance");
            Map<String, Object> axis = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript(
                    "const chart = Chart.getChart(document.getElementById('chart-variance'));"
                            + "return {ticks: chart.scales.y.ticks.map(t => chart.scales.y.getLabelForValue(t.value)),"
                            + " shown: chart.scales.y._labelItems ? chart.scales.y._labelItems.map(i => String(i.label)) : [],"
                            + " labels: chart.data.labels, width: chart.width};");
            List<String> shown = (List<String>) axis.get("shown");
            assertTrue(((Number) axis.get("width")).intValue() < 600, "a narrow chart: " + axis.get("width"));
            assertTrue(!shown.isEmpty() && shown.stream().allMatch(l -> l.length() <= 18), "short on the axis: " + shown);
            assertTrue(shown.stream().anyMatch(l -> l.endsWith("\u2026")), "a long name is shortened: " + shown);
            assertTrue(((List<?>) axis.get("labels")).contains("Subscription Income (Net of discounts)"), "whole in the data");
            assertTrue(browser.findElement(By.id("table-variance")).getText().contains("Subscription Income (Net of discounts)"),
                    "whole in the table");
        } finally {
            browser.manage().window().setSize(before);
        }
    }

    @Test
    void theFinancePageAndTheReportDrawTheirChartsFromTheirTables() {
        open("/years/2015-16/finance?period=7");
        Map<String, Object> variance = chart("variance-chart");
        List<?> labels = (List<?>) variance.get("labels");
        assertEquals(315L, ((Number) series(variance, 0).get(labels.indexOf("Property Costs"))).longValue(), "adverse");
        assertEquals(-424L, ((Number) series(variance, 1).get(labels.indexOf("Core Employee Costs"))).longValue(), "favourable");
        open("/years/2015-16/report?quarter=Q2");
        Map<String, Object> achieved = chart("achieved-chart");
        assertEquals(31L, ((Number) series(achieved, 0).get(((List<?>) achieved.get("labels")).indexOf("PEER-01"))).longValue());
        assertCleanConsole();
    }

    @Test
    void theYearPageListsEveryTargetAndTheTargetPageDrawsItsChart() {
        open("/years/2015-16?quarter=Q2");
        assertEquals(27, browser.findElements(By.cssSelector("table.deliverables tr[data-code]")).size());
        assertTrue(browser.findElement(By.id("summary")).getText().contains("15 are rag-rated green"));
        open("/years/2015-16/targets/PEER-01?quarter=Q2");
        Map<String, Object> target = chart("target-chart");
        assertEquals(List.of(18L, 31L), series(target, 0).subList(0, 2));
        assertCleanConsole();
    }

    private void open(String path) {
        browser.get(url(path));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d ->
                "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> chart(String canvasId) {
        Object result = new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> ((JavascriptExecutor) d).executeScript(
                "const c = document.getElementById(arguments[0]);"
                        + "const chart = c && window.Chart && Chart.getChart(c);"
                        + "return chart ? {labels: chart.data.labels, data: chart.data.datasets.map(s => s.data)} : null;",
                canvasId));
        return (Map<String, Object>) result;
    }

    private static List<Object> series(Map<String, Object> chart, int index) {
        return ((List<?>) ((List<?>) chart.get("data")).get(index)).stream()
                .map(v -> v instanceof Number n ? (Object) n.longValue() : v).collect(Collectors.toList());
    }

    private void assertEveryChartHasItsTable() {
        var canvases = browser.findElements(By.tagName("canvas"));
        assertFalse(canvases.isEmpty());
        for (var canvas : canvases) {
            String id = canvas.getAttribute("id");
            assertFalse(browser.findElements(By.cssSelector("table[data-chart='" + id + "'] tbody tr")).isEmpty(),
                    id + " has no table of its numbers");
            assertTrue(chart(id) != null, id + " was not drawn");
        }
    }

    private void assertCleanConsole() {
        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertTrue(errors.isEmpty(), "browser console errors: " + errors);
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }
}

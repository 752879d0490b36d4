package uk.gov.sli.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import uk.gov.sli.testing.As;
import uk.gov.sli.testing.TestYears;

/**
 * The head of improvement's pages as people use them, in Chromium: the overview's tiles, matrix and filtered list
 * agree with the API; no page scrolls sideways on a 390-pixel phone; printing keeps the RAG colours on landscape A4;
 * Swagger UI works under the Content-Security-Policy; axe-core finds nothing at any impact; and sign-in, filtering,
 * editing a figure and uploading a file all work from the keyboard alone, with the focus always visible.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OverviewBrowserTest {

    private static final String OVERVIEW = "/years/2015-16?quarter=Q2";
    private static final int PHONE = 390;

    @TestHTTPResource("/")
    URL base;

    private ChromeDriver browser;
    private String year;

    /** A year of its own for the tests that change figures (made on first use: RestAssured is ready by then). */
    private String year() {
        if (year == null) {
            year = TestYears.create("DCLG", """
                    code,theme,title,target,measure,key
                    K-01,Peer Work,Peer challenges,100,cumulative,true
                    K-02,Efficiency,Productivity experts,20,cumulative,true
                    """);
        }
        return year;
    }

    @BeforeAll
    void start() throws IOException {
        browser = uk.gov.sli.testing.Browser.start();
        signIn("admin", "admin");
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theTilesAndTheMatrixCountWhatTheApiCounts() {
        open(OVERVIEW);
        JsonPath summary = As.viewer().get("/api/years/2015-16/summary?quarter=Q2").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> rows = As.viewer().get("/api/years/2015-16/deliverables?quarter=Q2").then().statusCode(200)
                .extract().jsonPath().getList("targets");
        Map<String, String> keyTile = Map.of("RED", "red", "AMBER", "amber", "GREEN", "green", "NOT_REPORTED", "notReported",
                "NOT_ASSESSED", "notAssessed");
        for (var status : keyTile.entrySet()) {
            assertEquals(summary.getInt(status.getValue()), tile("key-tiles", status.getKey()), "key targets " + status.getKey());
            assertEquals(rows.stream().filter(r -> status.getKey().equals(r.get("rag"))).count(), tile("all-tiles", status.getKey()),
                    "all targets " + status.getKey());
        }
        assertEquals(15, tile("key-tiles", "GREEN"));
        assertEquals(11, tile("key-tiles", "AMBER"));
        for (WebElement line : browser.findElements(By.cssSelector("#matrix tbody tr"))) {
            String theme = line.getAttribute("data-theme");
            for (String status : keyTile.keySet()) {
                long expected = rows.stream().filter(r -> theme.equals(r.get("theme")) && status.equals(r.get("rag"))).count();
                String shown = line.findElement(By.cssSelector("td[data-status='" + status + "']")).getText();
                assertEquals(String.valueOf(expected), shown, theme + " " + status);
            }
        }
        assertEquals(rows.stream().map(r -> r.get("theme")).distinct().count(),
                browser.findElements(By.cssSelector("#matrix tbody tr")).size(), "one matrix line per theme");
    }

    @Test
    void aMatrixCellListsExactlyItsTargets() {
        open(OVERVIEW);
        WebElement cell = browser.findElement(By.cssSelector("#matrix tr[data-theme='Efficiency & Productivity'] td[data-status='AMBER'] a"));
        String count = cell.getText();
        cell.click();
        waitFor(() -> browser.getCurrentUrl().contains("theme="));
        List<WebElement> listed = browser.findElements(By.cssSelector("#deliverables tbody tr[data-code]"));
        assertEquals(Integer.parseInt(count), listed.size());
        assertTrue(listed.stream().allMatch(r -> "AMBER".equals(r.getAttribute("data-rag"))
                && "Efficiency & Productivity".equals(r.getAttribute("data-theme"))));
    }

    @Test
    void theRedAndAmberListIsTheApisRedAndAmberRowsNeedingAttentionFirst() {
        open(OVERVIEW + "&rag=RED&rag=AMBER");
        List<String> shown = browser.findElements(By.cssSelector("#deliverables tbody tr[data-code]")).stream()
                .map(r -> r.getAttribute("data-code")).toList();
        List<Map<String, Object>> rows = As.viewer().get("/api/years/2015-16/deliverables?quarter=Q2").then().statusCode(200)
                .extract().jsonPath().getList("targets");
        List<String> expected = new ArrayList<>();
        rows.stream().filter(r -> "RED".equals(r.get("rag"))).forEach(r -> expected.add((String) r.get("code")));
        rows.stream().filter(r -> "AMBER".equals(r.get("rag"))).forEach(r -> expected.add((String) r.get("code")));
        assertEquals(expected, shown, "red first, then amber, each in the MoU's order");
        assertTrue(browser.findElement(By.id("rag-RED")).isSelected() && browser.findElement(By.id("rag-AMBER")).isSelected(),
                "the form shows the statuses chosen");
        assertTrue(browser.findElement(By.id("filter-note")).getText().contains("status Red or Amber"));
    }

    @Test
    void eachTargetShowsItsMovementItsForecastAndFoldedCommentary() {
        open(OVERVIEW);
        WebElement peer = browser.findElement(By.cssSelector("#deliverables tr[data-code='PEER-01']"));
        assertTrue(peer.getText().contains("better than Q1"), peer.getText());
        assertTrue(peer.findElement(By.cssSelector(".forecast")).getText().startsWith("62"));
        WebElement lead = browser.findElement(By.cssSelector("#deliverables tr[data-code='LEAD-01']"));
        assertTrue(lead.getText().contains("worse than Q1"), lead.getText());
        WebElement details = peer.findElement(By.tagName("details"));
        assertEquals(null, details.getAttribute("open"), "commentary starts folded");
        assertFalse(peer.findElement(By.cssSelector(".govuk-details__text")).isDisplayed());
        assertEquals(1, peer.findElements(By.cssSelector(".app-override")).size(), "the override is marked once");
        List<WebElement> rags = browser.findElements(By.cssSelector("#deliverables tbody tr[data-code]"));
        assertEquals("AMBER", rags.get(0).getAttribute("data-rag"), "what needs attention comes first");
        assertEquals("GREEN", rags.get(rags.size() - 1).getAttribute("data-rag"));
    }

    @Test
    void theOverviewOf27TargetsFitsInTwoScreensAt1400By900() {
        // The page's own viewport at 1400 x 900, whatever the headless window adds around it.
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1400, "height", 900, "deviceScaleFactor", 1, "mobile", false));
        try {
            open(OVERVIEW);
            long inner = number("return window.innerHeight");
            assertEquals(900, inner);
            long height = number("return document.documentElement.scrollHeight");
            assertEquals(27, browser.findElements(By.cssSelector("#deliverables tbody tr[data-code]")).size());
            assertTrue(height <= 2 * inner, "the overview is " + height + " pixels tall in a " + inner + "-pixel window");
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @ParameterizedTest(name = "390 px: {0}")
    @ValueSource(strings = {OVERVIEW, "/years/2015-16/targets/PEER-01?quarter=Q2", "/years/2015-16/finance?period=7",
            "/years/2015-16/report?quarter=Q2", "/dashboards/leadership?year=2015-16", "/dashboards/finance",
            "/dashboards/peer-challenges", "/years/2015-16/returns/Q2", "/across-years?code=PEER-01", "/my-return",
            "/admin/outbox", "/admin/security-events", "/years/2015-16/upload/figures", "/years/2015-16/papers/Q2/edit",
            "/no-such-page"})
    void noPageScrollsSidewaysOnAPhone(String path) {
        browser.manage().window().setSize(new Dimension(PHONE, 900));
        try {
            open(path);
            long viewport = number("return document.documentElement.clientWidth");
            assertTrue(viewport <= PHONE, "the window is " + viewport + " wide");
            long width = number("return document.documentElement.scrollWidth");
            assertTrue(width <= viewport, path + " is " + width + " pixels wide on a " + viewport + "-pixel screen");
            assertTrue(browser.findElement(By.cssSelector(".govuk-service-navigation__toggle")).isDisplayed(),
                    "the navigation folds behind its Menu button");
        } finally {
            browser.manage().window().setSize(new Dimension(1400, 1000));
        }
    }

    @Test
    void wideTablesScrollInsideTheirOwnRegionWithTheFirstColumnStaying() {
        browser.manage().window().setSize(new Dimension(PHONE, 900));
        try {
            open(OVERVIEW);
            WebElement region = browser.findElement(By.cssSelector(".app-table-scroll:has(#deliverables)"));
            assertTrue(number("return arguments[0].scrollWidth - arguments[0].clientWidth", region) > 0,
                    "the table is wider than the phone and scrolls in its region");
            WebElement code = browser.findElement(By.cssSelector("#deliverables tbody td.app-sticky"));
            long before = number("return arguments[0].getBoundingClientRect().left", code);
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollLeft = 300", region);
            long after = number("return arguments[0].getBoundingClientRect().left", code);
            assertEquals(before, after, "the code column stays in view while the table scrolls");
        } finally {
            browser.manage().window().setSize(new Dimension(1400, 1000));
        }
    }

    @Test
    void printingTheOverviewKeepsTheRagColoursOnLandscapeA4() throws IOException {
        open(OVERVIEW);
        // Chromium's own print path, with "background graphics" left off as a browser leaves it.
        Map<String, Object> printed = browser.executeCdpCommand("Page.printToPDF",
                Map.of("printBackground", false, "preferCSSPageSize", true));
        byte[] pdf = Base64.getDecoder().decode((String) printed.get("data"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDRectangle page = document.getPage(0).getMediaBox();
            assertTrue(page.getWidth() > page.getHeight(), "landscape: " + page);
            assertTrue(Math.abs(page.getWidth() - 842) <= 2 && Math.abs(page.getHeight() - 595) <= 2, "A4 landscape: " + page);
            BufferedImage first = new PDFRenderer(document).renderImageWithDPI(0, 40);
            Set<String> colours = new java.util.HashSet<>();
            for (int y = 0; y < first.getHeight(); y++) {
                for (int x = 0; x < first.getWidth(); x++) {
                    int rgb = first.getRGB(x, y) & 0xffffff;
                    if (near(rgb, 0xffdd00)) {
                        colours.add("amber");
                    } else if (near(rgb, 0x00703c)) {
                        colours.add("green");
                    }
                }
            }
            assertEquals(Set.of("amber", "green"), colours, "the printed tags keep their colours");
        }
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertEquals("none", ((JavascriptExecutor) browser).executeScript(
                    "return getComputedStyle(document.querySelector('.govuk-service-navigation')).display"), "no navigation on paper");
            assertEquals("exact", ((JavascriptExecutor) browser).executeScript(
                    "return getComputedStyle(document.querySelector('.rag-amber')).printColorAdjust"));
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void swaggerUiListsTheOperationsUnderTheContentSecurityPolicy() {
        open("/q/swagger-ui/");
        waitFor(() -> browser.findElements(By.cssSelector(".opblock")).size() > 20);
        assertTrue(browser.findElement(By.tagName("body")).getText().contains("/api/years/{id}/deliverables"));
    }

    @Test
    void theLeadershipDashboardPrintsThe764ByEveryBreakdownWithTheProgrammesNamed() {
        open("/dashboards/leadership?year=2015-16");
        for (String panel : List.of("by-party", "by-region", "by-council-type", "by-gender")) {
            List<WebElement> total = browser.findElements(By.cssSelector("#table-" + panel + " tr.app-total-row td"));
            assertEquals("764", total.get(total.size() - 1).getText(), panel);
            assertTrue(browser.findElement(By.id("summary-" + panel)).getText().startsWith("764 in all"), panel);
        }
        List<WebElement> byProgramme = browser.findElements(By.cssSelector("#table-by-programme tr.app-total-row td"));
        assertEquals("764", byProgramme.get(0).getText());
        String header = browser.findElement(By.cssSelector("#table-by-party thead")).getText();
        for (String name : List.of("Leadership Academy (LA)", "Leadership Essentials (LE)", "Focus on Leadership (FoL)",
                "Leaders' Programme (LEAD)", "Next Generation (NXG)", "Leading Edge (LEDGE)")) {
            assertTrue(header.contains(name), name);
        }
    }

    @Test
    void theFinanceDashboardWritesMoneyAsTheAccountsDoAndColoursVariancesAsTheFinancePageDoes() {
        open("/dashboards/finance?year=2015-16");
        String table = browser.findElement(By.id("table-variance")).getText();
        assertTrue(table.contains("(1,521)"), "favourable variance in brackets");
        assertFalse(table.contains("-1521"));
        Map<String, String> dashboard = tones("table-variance");
        open("/years/2015-16/finance?period=7");
        assertEquals(Map.of("Adverse (overspend or income shortfall)", "adverse", "Favourable or on budget", "favourable"),
                tones("variance-table"));
        assertEquals(tones("variance-table"), dashboard, "the same colours mean the same on both");
        @SuppressWarnings("unchecked")
        List<String> colours = (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return Chart.getChart(document.getElementById('variance-chart')).data.datasets.map(d => d.borderColor)");
        assertEquals(List.of("#d4351c", "#00703c"), colours, "adverse red, favourable green");
        assertFalse(browser.findElement(By.id("variance-summary")).getText().isBlank());
    }

    @Test
    void everyPageHasTheSameNavigationReachingEveryPage() {
        List<String> expected = null;
        for (String path : List.of(OVERVIEW, "/years/2015-16/finance?period=7", "/years/2015-16/report?quarter=Q2",
                "/dashboards/finance", "/across-years", "/my-return", "/admin/outbox", "/no-such-page")) {
            open(path);
            List<String> links = browser.findElements(By.cssSelector(".govuk-service-navigation__link")).stream()
                    .map(a -> a.getText()).toList();
            if (expected == null) {
                expected = links;
            }
            assertEquals(expected, links, path);
        }
        assertTrue(expected.containsAll(List.of("Overview", "Finance", "Board report", "Quarterly return", "My return",
                "Dashboards", "Across years", "Outbox", "Security events")), expected.toString());
        open("/no-such-page");
        assertEquals("Page not found", browser.findElement(By.tagName("h1")).getText());
        assertFalse(browser.getPageSource().contains("Unable to find matching"));
    }

    @Test
    void everyChartHasATextSummaryBesideItsTable() {
        open("/years/2015-16/targets/PEER-01?quarter=Q2");
        assertEquals("31 by the end of Q2 against 50 the profile expects; at this rate 62 by the year end, 62% of the target of 100.",
                browser.findElement(By.id("chart-summary")).getText());
        @SuppressWarnings("unchecked")
        List<List<Object>> data = (List<List<Object>>) ((JavascriptExecutor) browser).executeScript(
                "return Chart.getChart(document.getElementById('target-chart')).data.datasets.map(d => d.data)");
        assertEquals(Arrays.asList(18L, 31L, null, null), longs(data.get(0)), "actual to Q2 only");
        assertEquals(Arrays.asList(null, 31L, null, 62L), longs(data.get(2)), "forecast from Q2 to the year end");
        open("/dashboards/peer-challenges");
        for (WebElement summary : browser.findElements(By.cssSelector(".app-chart-summary"))) {
            assertFalse(summary.getText().isBlank(), summary.getAttribute("id"));
        }
    }

    @ParameterizedTest(name = "axe: {0}")
    @ValueSource(strings = {OVERVIEW, OVERVIEW + "&rag=RED&rag=AMBER&key=true", "/years/2015-16/targets/PEER-01?quarter=Q2",
            "/years/2015-16/finance?period=7", "/years/2015-16/report?quarter=Q2", "/dashboards",
            "/dashboards/leadership?year=2015-16", "/dashboards/peer-challenges", "/dashboards/finance", "/across-years",
            "/across-years?code=PEER-01", "/my-return", "/years/2015-16/returns/Q2", "/admin/outbox",
            "/admin/security-events", "/years/2015-16/upload/figures", "/years/2015-16/papers/Q2/edit", "/no-such-page",
            "/years/2019-20", "/logout", "/years/2015-16/copy-to-next", "/years/2015-16/quarters/Q2/reopen"})
    void axeFindsNothingAtAnyImpact(String path) throws IOException {
        open(path);
        assertEquals(List.of(), axe(), path);
    }

    @Test
    void axeFindsNothingOnTheSignInPageOrTheFigureForm() throws IOException {
        open("/years/" + year() + "/targets/K-01/quarters/Q1/edit");
        assertEquals(List.of(), axe(), "figure form");
        open("/years/" + year() + "/targets/K-01?quarter=Q1");
        assertEquals(List.of(), axe(), "target of a year with nothing reported");
        browser.manage().deleteAllCookies();
        try {
            open("/login");
            assertEquals(List.of(), axe(), "sign-in");
        } finally {
            signIn("admin", "admin");
        }
    }

    @Test
    void signInFilterEditAndUploadWithTheKeyboardAlone() throws IOException {
        browser.manage().deleteAllCookies();
        try {
            open("/login");
            WebElement skip = tab();
            assertTrue(skip.getAttribute("class").contains("govuk-skip-link"), "the first stop is the skip link");
            assertFocusVisible(skip);
            skip.sendKeys(Keys.ENTER);
            waitFor(() -> "main-content".equals(browser.switchTo().activeElement().getAttribute("id")));

            tabTo("#j_username").sendKeys("editor");
            tabTo("#j_password").sendKeys("editor", Keys.ENTER);
            waitFor(() -> browser.getCurrentUrl().contains("/years/"));

            open(OVERVIEW);
            tabTo("#rag-RED").sendKeys(Keys.SPACE);
            tabTo("#rag-AMBER").sendKeys(Keys.SPACE);
            tabTo("#filters button[type=submit]").sendKeys(Keys.ENTER);
            waitFor(() -> browser.getCurrentUrl().contains("rag=RED") && browser.getCurrentUrl().contains("rag=AMBER"));
            assertEquals(11, browser.findElements(By.cssSelector("#deliverables tbody tr[data-code]")).size());

            open("/years/" + year() + "/targets/K-01?quarter=Q1");
            tabTo("a[href$='/targets/K-01/quarters/Q1/edit']").sendKeys(Keys.ENTER);
            waitFor(() -> browser.getCurrentUrl().endsWith("/quarters/Q1/edit"));
            tabTo("#value").sendKeys("17");
            tabTo("#commentary").sendKeys("Entered from the keyboard");
            tabTo("main button[type=submit]").sendKeys(Keys.ENTER);
            waitFor(() -> browser.getCurrentUrl().contains("saved=true"));
            As.viewer().get("/api/years/" + year + "/deliverables?quarter=Q1").then().statusCode(200)
                    .body("targets.find { it.code == 'K-01' }.quarters.Q1", org.hamcrest.Matchers.equalTo(17));

            Path file = Files.createTempFile("figures", ".csv");
            Files.writeString(file, "code,quarter,value,commentary\nK-02,Q1,4,Uploaded from the keyboard\n");
            open("/years/" + year() + "/upload/figures");
            tabTo("#file").sendKeys(file.toString());
            tabTo("main button[type=submit]").sendKeys(Keys.ENTER);
            waitFor(() -> browser.getCurrentUrl().contains("imported="));
            assertTrue(browser.findElement(By.tagName("main")).getText().contains("Imported 1 row."));
            As.viewer().get("/api/years/" + year + "/deliverables?quarter=Q1").then().statusCode(200)
                    .body("targets.find { it.code == 'K-02' }.quarters.Q1", org.hamcrest.Matchers.equalTo(4));
        } finally {
            browser.manage().deleteAllCookies();
            signIn("admin", "admin");
        }
    }

    // --- helpers ---

    private long tile(String tiles, String status) {
        return Long.parseLong(browser.findElement(By.cssSelector("#" + tiles + " [data-status='" + status + "'] .app-tile__count"))
                .getText());
    }

    private Map<String, String> tones(String table) {
        Map<String, String> tones = new LinkedHashMap<>();
        for (WebElement th : browser.findElements(By.cssSelector("#" + table + " thead th[data-series]"))) {
            tones.put(th.getAttribute("data-series"), th.getAttribute("data-tone"));
        }
        return tones;
    }

    private static boolean near(int rgb, int target) {
        int dr = Math.abs(((rgb >> 16) & 0xff) - ((target >> 16) & 0xff));
        int dg = Math.abs(((rgb >> 8) & 0xff) - ((target >> 8) & 0xff));
        int db = Math.abs((rgb & 0xff) - (target & 0xff));
        return dr + dg + db < 24;
    }

    private static List<Long> longs(List<Object> values) {
        return values.stream().map(v -> v == null ? null : ((Number) v).longValue()).toList();
    }

    private List<Map<String, Object>> axe() throws IOException {
        ((JavascriptExecutor) browser).executeScript(resource("axe.min.js"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map(v => "
                        + "({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))))"
                        + ".catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));");
        return violations;
    }

    /** Presses Tab and returns what has the focus. */
    private WebElement tab() {
        new Actions(browser).sendKeys(Keys.TAB).perform();
        return browser.switchTo().activeElement();
    }

    /** Presses Tab until the element matching {@code css} has the focus (at most 80 times), checking it shows. */
    private WebElement tabTo(String css) {
        for (int i = 0; i < 80; i++) {
            WebElement active = browser.switchTo().activeElement();
            if (Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript("return arguments[0].matches(arguments[1])",
                    active, css))) {
                assertFocusVisible(active);
                return active;
            }
            tab();
        }
        fail("Tab never reached " + css + " on " + browser.getCurrentUrl());
        return null;
    }

    /** The focused element (or, for a GOV.UK checkbox, its drawn box) has a visible focus indicator. */
    private void assertFocusVisible(WebElement element) {
        Object visible = ((JavascriptExecutor) browser).executeScript("""
                const el = arguments[0];
                const drawn = el.matches('.govuk-checkboxes__input') ? getComputedStyle(el.nextElementSibling, '::before') : getComputedStyle(el);
                const outline = drawn.outlineStyle !== 'none' && parseFloat(drawn.outlineWidth) >= 2 && drawn.outlineColor !== 'rgba(0, 0, 0, 0)';
                const shadow = drawn.boxShadow && drawn.boxShadow !== 'none';
                const yellow = getComputedStyle(el).backgroundColor === 'rgb(255, 221, 0)';
                return outline || shadow || yellow;
                """, element);
        assertEquals(Boolean.TRUE, visible, "no visible focus on " + element.getTagName() + " " + element.getAttribute("outerHTML"));
    }

    private long number(String script, Object... args) {
        return ((Number) ((JavascriptExecutor) browser).executeScript(script, args)).longValue();
    }

    private void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> condition.getAsBoolean());
    }

    private void signIn(String user, String password) {
        browser.get(url("/login"));
        browser.findElement(By.id("j_username")).sendKeys(user);
        browser.findElement(By.id("j_password")).sendKeys(password);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitFor(() -> browser.getCurrentUrl().contains("/years/"));
    }

    private void open(String path) {
        browser.get(url(path));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d ->
                "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private String resource(String name) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }
}

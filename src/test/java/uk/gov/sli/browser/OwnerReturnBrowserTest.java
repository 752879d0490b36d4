package uk.gov.sli.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import uk.gov.sli.testing.As;
import uk.gov.sli.testing.Browser;
import uk.gov.sli.testing.TestYears;

/** A programme lead's quarter, in Chromium: My return lists the targets, a figure is drafted, then submitted. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OwnerReturnBrowserTest {

    @TestHTTPResource("/")
    URL base;

    private ChromeDriver browser;
    private String year;

    @BeforeEach
    void anOwnerWithTwoTargetsInAnOpenReturn() throws IOException {
        if (browser != null) {
            return;
        }
        As.admin().contentType(ContentType.JSON).body("{\"password\":\"lead-good-password\",\"role\":\"contributor\","
                + "\"email\":\"lead@example.gov.uk\"}").put("/api/users/programme-lead");
        year = TestYears.create("DCLG", """
                code,theme,title,description,target,measure,key,owner
                B-01,Peer Work,Peer challenges,Deliver at least 100 peer challenges,100,cumulative,true,programme-lead
                B-02,Efficiency,Shared services map,Promote shared services,,cumulative,true,programme-lead
                """);
        As.admin().contentType(ContentType.JSON).body("{\"due\":\"2030-01-08\"}").post("/api/years/" + year + "/returns/Q1")
                .then().statusCode(200);
        browser = Browser.start();
        browser.get(url("/login"));
        browser.findElement(By.id("j_username")).sendKeys("programme-lead");
        browser.findElement(By.id("j_password")).sendKeys("lead-good-password");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("/login"));
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theOwnerDraftsAndSubmitsWithoutJavaScript() {
        browser.get(url("/my-return"));
        assertEquals(2, browser.findElements(By.cssSelector("#my-items tbody tr")).size(), "both targets are due");
        assertTrue(browser.findElement(By.id("my-items")).getText().contains("8 January 2030"));
        browser.findElement(By.linkText("B-01 Peer challenges")).click();
        browser.findElement(By.id("value")).sendKeys("30");
        browser.findElement(By.id("commentary")).sendKeys("Thirty delivered; the pipeline is strong.");
        browser.findElement(By.cssSelector("button[value=save]")).click();
        awaitText("[role=status]", "Draft saved.");
        assertEquals("30", browser.findElement(By.id("total")).getText());
        assertEquals("draft", browser.findElement(By.id("item-state")).getText());
        browser.findElement(By.cssSelector("button[value=submit]")).click();
        awaitText("[role=status]", "Submitted for review.");
        As.viewer().get("/api/years/" + year + "/returns/Q1").then()
                .body("targets.find { it.code == 'B-01' }.state", org.hamcrest.Matchers.equalTo("SUBMITTED"));

        browser.get(url("/my-return/" + year + "/Q1/B-02"));
        browser.findElement(By.cssSelector("button[value=submit]")).click();
        awaitText(".error-summary", "Propose the RAG status"); // a narrative target needs the RAG its owner proposes
    }

    private void awaitText(String css, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(d -> d.findElement(By.cssSelector(css)).getText().contains(text));
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }
}

package uk.gov.sli.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/** Debian's Chromium, headless, driven by its chromedriver, with its console kept for the tests to read. */
public final class Browser {

    private Browser() {
    }

    public static ChromeDriver start() throws IOException {
        Path chromium = Tools.require("Chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser");
        Path driver = Tools.require("ChromeDriver", "/usr/bin/chromedriver");
        Path profile = Files.createTempDirectory("sli-chromium");
        profile.toFile().deleteOnExit();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,1000", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriver browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).build(),
                options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return browser;
    }
}

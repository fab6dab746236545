package org.podium.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through its ChromeDriver. The flags keep Chromium off the
 * network (this machine has none) and fit it to running as root in CI.
 */
public final class Browser {

    private Browser() {
    }

    public static ChromeDriver start(String language) {
        var options = new ChromeOptions();
        options.setBinary(System.getProperty("podium.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=" + language,
                "--user-data-dir=" + profileDirectory());
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        // The console is read back: Chromium reports there every script or style the Content-Security-Policy blocked.
        var logs = new org.openqa.selenium.logging.LoggingPreferences();
        logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("podium.chromedriver", "/usr/bin/chromedriver")))
                .build();
        var driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /**
     * Clicks what leads to another page and waits for it, as a person waits for a page to load: the
     * old page's root goes stale. ChromeDriver sometimes reports a node of the page being replaced
     * as "does not belong to the document" rather than stale: that is the same news.
     */
    public static void clickAndWaitForNextPage(WebDriver browser, By target) {
        var page = browser.findElement(By.tagName("html"));
        browser.findElement(target).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> {
            try {
                page.isEnabled();
                return false;
            } catch (StaleElementReferenceException gone) {
                return true;
            } catch (WebDriverException e) {
                if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }

    /**
     * What the browser's console said about the Content-Security-Policy since the last call: a
     * script, a style or a connection the policy blocked is a page that does not work as built.
     */
    public static java.util.List<String> contentSecurityViolations(WebDriver browser) {
        return browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy")).toList();
    }

    private static String profileDirectory() {
        try {
            var base = Path.of(System.getProperty("podium.test-data", "target/podium-test-data"));
            Files.createDirectories(base);
            return Files.createTempDirectory(base.toAbsolutePath(), "chromium-").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.podium.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.podium.accounts.internal.DemoAccounts;
import org.podium.support.Accessibility;
import org.podium.support.Browser;
import org.podium.support.PodiumIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An attacker sprays passwords at the fan sign-in (one address, many accounts); within seconds the
 * SOC's own Sigma correlation raises an alert that opens an incident, which the analyst sees on
 * the board in the browser.
 */
@PodiumIntegrationTest
class PasswordSprayingJourneyTests {

    @LocalServerPort int port;
    @Autowired DemoAccounts demo;
    private WebDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aSprayingBurstAgainstTheFanSignInOpensAnIncidentOnTheBoard() throws Exception {
        var base = "http://localhost:" + port;
        var analyst = demo.issued().stream().filter(c -> c.username().equals("soc")).findFirst().orElseThrow();
        browser = Browser.start("en");
        browser.get(base + "/staff/login");
        browser.findElement(By.id("username")).sendKeys(analyst.username());
        browser.findElement(By.id("password")).sendKeys(analyst.password());
        browser.findElement(By.cssSelector("main button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/staff"));
        browser.get(base + "/staff/soc");
        // The board is open before the attack: the incident must arrive on it live (Server-Sent Events).
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElements(By.id("live")).size() == 1);
        Thread.sleep(500); // the stream connects
        var http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        var page = http.send(HttpRequest.newBuilder(URI.create(base + "/account/login")).build(), HttpResponse.BodyHandlers.ofString());
        var csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(csrf.find()).isTrue();
        for (var i = 0; i < 12; i++) {
            var form = "email=" + URLEncoder.encode("victim" + i + "@example.org", StandardCharsets.UTF_8)
                    + "&password=Winter2024!&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
            var answer = http.send(HttpRequest.newBuilder(URI.create(base + "/account/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
            assertThat(answer.headers().firstValue("Location").orElse("")).contains("/account/login?error");
        }

        // The board refreshes itself on every alert: read the row in one go, while it is on the page.
        // Its fallback poll is every 60 s: seeing the incident within 15 s means the stream carried it.
        var incident = new WebDriverWait(browser, Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("#incidents tbody tr")).stream()
                        .filter(row -> row.getText().contains("Password Spraying Against Podium Sign-In"))
                        .map(row -> java.util.List.of(row.getText(), row.findElement(By.tagName("a")).getAttribute("href")))
                        .findFirst().orElse(null));
        assertThat(incident.get(0)).contains("high", "OPEN");
        String alerts = new WebDriverWait(browser, Duration.ofSeconds(5)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("alerts")).getText());
        assertThat(alerts).contains("Password Spraying Against Podium Sign-In", "T1110.003");
        Accessibility.assertNoSeriousViolation(browser);

        // The board's funnel counts this hour's sprayed sign-ins through to the incident, and the
        // sign-in failure rule is among the rules that matched most.
        browser.get(base + "/staff/soc");
        // Summed over the rows: the spraying may straddle the turn of an hour.
        var lastDay = new long[4];
        for (var row : browser.findElements(By.cssSelector("#funnel-table tbody tr"))) {
            var cells = row.findElements(By.tagName("td"));
            for (var i = 0; i < 4; i++) {
                lastDay[i] += Long.parseLong(cells.get(i).getText());
            }
        }
        assertThat(lastDay[0]).as("events stored").isGreaterThanOrEqualTo(12);
        assertThat(lastDay[1]).as("rule matches").isGreaterThanOrEqualTo(12);
        assertThat(lastDay[2]).as("alerts").isGreaterThanOrEqualTo(1);
        assertThat(lastDay[3]).as("incidents").isGreaterThanOrEqualTo(1);
        assertThat(browser.findElement(By.id("top-rules")).getText()).contains("Failed Sign-In");
        assertThat(browser.findElements(By.cssSelector("svg.funnel rect"))).hasSize(24 * 4);

        // The incident shows its evidence: the rule with its author and id, the address and the
        // kind it groups by, and a link to the stored sign-in events of that address.
        browser.get(incident.get(1));
        var evidence = browser.findElement(By.id("evidence")).getText();
        assertThat(evidence).contains("Password Spraying Against Podium Sign-In", "Podium · 2c9d4e6f-8a1b-4c3d-9e5f-7a6b8c0d1e22",
                "source.ip = 127.0.0.1", "kind = FAN");
        var byAddress = browser.findElements(By.cssSelector("#evidence a.evidence-events")).stream()
                .filter(a -> a.getText().contains("source.ip")).findFirst().orElseThrow().getAttribute("href");
        browser.get(byAddress);
        var stored = browser.findElements(By.cssSelector("#events tbody tr")).stream().map(org.openqa.selenium.WebElement::getText)
                .filter(row -> row.contains("sign-in") && row.contains("failure") && row.contains("victim")).count();
        assertThat(stored).as("the sprayed sign-ins, stored and found by address").isGreaterThanOrEqualTo(12);
        Accessibility.assertNoSeriousViolation(browser);

        // The analyst takes the incident: acknowledges it, notes what was seen, closes it.
        browser.get(incident.get(1));
        act("ACKNOWLEDGE", "");
        act("COMMENT", "Twelve accounts from one address: blocked at the WAF");
        act("CLOSE", "Spraying blocked, no account taken over");
        assertThat(browser.findElement(By.id("incident-status")).getText()).isEqualTo("CLOSED");

        browser.get(base + "/staff/soc/rules");
        assertThat(browser.findElement(By.id("rules")).getText()).contains("Password Spraying Against Podium Sign-In");
        assertThat(browser.findElement(By.id("coverage")).getText()).contains("T1110.003 1 yes");
        Accessibility.assertNoSeriousViolation(browser);
        browser.get(incident.get(1));
        assertThat(browser.findElement(By.id("timeline")).getText())
                .contains("opened by alert", "acknowledged", "comment: Twelve accounts", "closed: Spraying blocked");
        Accessibility.assertNoSeriousViolation(browser);
    }

    private void act(String action, String text) {
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("action"))).selectByValue(action);
        browser.findElement(By.id("text")).clear();
        browser.findElement(By.id("text")).sendKeys(text);
        Browser.clickAndWaitForNextPage(browser, By.cssSelector("main form button[type=submit]"));
    }
}

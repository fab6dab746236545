package org.podium.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.podium.accounts.internal.DemoAccounts;
import org.podium.games.ClockSetting;
import org.podium.games.GamesClock;
import org.podium.support.Accessibility;
import org.podium.support.Browser;
import org.podium.support.PodiumIntegrationTest;
import org.podium.support.VerifiedFans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A fan applies to volunteer, the workforce team selects and invites, the volunteer accepts, the
 * team rosters the venue with Timefold and publishes; the volunteer sees the shifts (and their
 * calendar feed) and is checked in at the venue on the Games clock.
 */
@PodiumIntegrationTest
class VolunteerJourneyTests {

    @LocalServerPort int port;
    @Autowired DemoAccounts demo;
    @Autowired VerifiedFans verifiedFans;
    @Autowired JdbcClient jdbc;
    @Autowired GamesClock clock;

    private final List<ChromeDriver> opened = new ArrayList<>();
    private ClockSetting before;

    @AfterEach
    void close() {
        opened.forEach(ChromeDriver::quit);
        if (before != null) {
            clock.set(before, "volunteer-journey");
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static String text(WebDriver browser, String id) {
        return new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElement(By.id(id))).getText();
    }

    private static void date(ChromeDriver browser, String id, String value) {
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), value);
    }

    @Test
    void applySelectedAcceptSeeShiftsAndCheckIn() throws Exception {
        var email = "volunteer-" + UUID.randomUUID() + "@example.org";
        verifiedFans.register(email, "Jeanne Bénévole", "a long enough password", "en");
        var family = "BENEVOLE" + Long.toString(System.nanoTime() % 100_000, 26).replaceAll("[0-9]", "Q").toUpperCase();
        var fan = GateBrowsers.fanSignedIn(opened, base(), email);
        fan.get(base() + "/account");
        Browser.clickAndWaitForNextPage(fan, By.id("volunteer-link"));
        fan.findElement(By.id("familyName")).sendKeys(family);
        fan.findElement(By.id("givenName")).sendKeys("Jeanne");
        date(fan, "birthDate", "1990-05-01");
        new Select(fan.findElement(By.id("frenchLevel"))).selectByValue("C2");
        new Select(fan.findElement(By.id("englishLevel"))).selectByValue("B2");
        fan.findElement(By.cssSelector("input[name=skills][value=SPECTATOR]")).click();
        fan.findElement(By.cssSelector("input[name=preferredAreas][value=SPECTATOR]")).click();
        // Five days only: refused with the reason, nothing stored.
        date(fan, "from1", "2024-07-26");
        date(fan, "to1", "2024-07-30");
        fan.findElement(By.cssSelector("input[name=consent]")).click();
        Browser.clickAndWaitForNextPage(fan, By.cssSelector("#application button[type=submit]"));
        assertThat(text(fan, "form-errors")).contains("Availability: at least 10 days available in all");
        Accessibility.assertNoSeriousViolation(fan);
        date(fan, "to1", "2024-08-11");
        fan.findElement(By.cssSelector("input[name=consent]")).click();
        Browser.clickAndWaitForNextPage(fan, By.cssSelector("#application button[type=submit]"));
        assertThat(text(fan, "applied")).isEqualTo("Your application has been received.");
        assertThat(text(fan, "status")).isEqualTo("Application received");
        var reference = text(fan, "reference");

        var manager = GateBrowsers.staffSignedIn(opened, base(), demo, "workforce");
        manager.get(base() + "/staff/workforce");
        Browser.clickAndWaitForNextPage(manager, By.id("select"));
        assertThat(text(manager, "done")).contains("invited");
        Accessibility.assertNoSeriousViolation(manager);

        fan.navigate().refresh();
        assertThat(text(fan, "status")).isEqualTo("Invited");
        fan.findElement(By.id("birthPlace")).sendKeys("Lille");
        fan.findElement(By.id("documentNumber")).sendKeys("JB" + family.substring(8) + "77");
        date(fan, "documentExpiry", "2031-03-01");
        Browser.clickAndWaitForNextPage(fan, By.cssSelector("#accept button[type=submit]"));
        assertThat(text(fan, "status")).isEqualTo("Volunteer");
        assertThat(text(fan, "team")).startsWith("Spectator services · ");
        var venue = jdbc.sql("select venue from workforce.applicant where reference = :r").param("r", reference).query(String.class).single();

        Browser.clickAndWaitForNextPage(manager, By.id("make-shifts"));
        new Select(manager.findElement(By.id("plan-venue"))).selectByValue(venue);
        Browser.clickAndWaitForNextPage(manager, By.id("plan"));
        new WebDriverWait(manager, Duration.ofSeconds(120)).pollingEvery(Duration.ofSeconds(1)).until(d -> {
            d.navigate().refresh();
            return d.findElements(By.id("planning")).isEmpty();
        });
        assertThat(text(manager, "run-score")).startsWith("0hard/");
        new Select(manager.findElement(By.id("publish-venue"))).selectByValue(venue);
        Browser.clickAndWaitForNextPage(manager, By.id("publish"));
        assertThat(text(manager, "done")).endsWith("shifts published");

        fan.navigate().refresh();
        var shifts = fan.findElements(By.cssSelector("#my-shifts tbody tr"));
        assertThat(shifts).isNotEmpty();
        assertThat(text(fan, "training")).contains("Games-wide training");
        Accessibility.assertNoSeriousViolation(fan);
        var feed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(fan.findElement(By.id("calendar-link")).getDomProperty("href")))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        assertThat(feed.body().split("BEGIN:VEVENT", -1)).hasSize(shifts.size() + 1);

        // On the day: ten minutes before the first shift, the volunteer is checked in at the venue.
        var first = jdbc.sql("select min(starts_at) from workforce.shift s join workforce.applicant a on a.id = s.applicant_id"
                + " where a.reference = :r and s.published").param("r", reference).query(LocalDateTime.class).single();
        before = clock.setting();
        clock.simulate(first.minusMinutes(10).atZone(ZoneId.of("Europe/Paris")).toInstant(), 1, "volunteer-journey");
        manager.get(base() + "/staff/workforce/day?venue=" + venue);
        manager.findElement(By.id("code")).sendKeys(reference.toLowerCase());
        Browser.clickAndWaitForNextPage(manager, By.cssSelector("#scan button[type=submit]"));
        assertThat(text(manager, "scan-result")).isEqualTo("Jeanne " + family + " is checked in.");
        Accessibility.assertNoSeriousViolation(manager);
        fan.navigate().refresh();
        assertThat(text(fan, "my-shifts")).contains("Checked in");
    }
}

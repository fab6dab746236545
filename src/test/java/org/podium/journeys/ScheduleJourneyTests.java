package org.podium.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.podium.games.Programme;
import org.podium.games.Unit;
import org.podium.games.UnitQuery;
import org.podium.support.Browser;
import org.podium.support.PodiumIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A fan looks for the swimming on Sunday 28 July, once in French and once in English. */
@PodiumIntegrationTest
class ScheduleJourneyTests {

    private static final LocalDate SUNDAY = LocalDate.of(2024, 7, 28);

    @LocalServerPort int port;
    @Autowired Programme programme;
    private WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aFrenchSpeakingFanFiltersTheScheduleBySportAndDay() {
        browser = Browser.start("fr");
        browser.get("http://localhost:" + port + "/schedule");

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Programme");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("fr");
        filter("Natation", "dim. 28 juil.");

        var rows = unitRows();
        assertThat(codes(rows)).containsExactlyElementsOf(expectedSwimmingOnSunday());
        assertThat(rows.getFirst().getText()).contains("Natation", "Séries").doesNotContain("Heats");
        assertThat(browser.findElement(By.cssSelector("#results .count")).getText())
                .isEqualTo(expectedSwimmingOnSunday().size() + " épreuves");
    }

    @Test
    void anEnglishSpeakingFanFiltersTheSameScheduleAndSwitchesToFrench() {
        browser = Browser.start("en-GB");
        browser.get("http://localhost:" + port + "/schedule");

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Schedule");
        filter("Swimming", "Sun 28 Jul");

        assertThat(codes(unitRows())).containsExactlyElementsOf(expectedSwimmingOnSunday());
        assertThat(unitRows().getFirst().getText()).contains("Swimming", "Heats");

        Browser.clickAndWaitForNextPage(browser, By.cssSelector("#lang-switch"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Programme");
        assertThat(codes(unitRows())).containsExactlyElementsOf(expectedSwimmingOnSunday());
    }

    private void filter(String sport, String day) {
        new Select(browser.findElement(By.id("sport"))).selectByVisibleText(sport);
        waitUntilQuiet();
        new Select(browser.findElement(By.id("day"))).selectByVisibleText(day);
        waitUntilQuiet();
        // Without JavaScript the same form submits as a plain GET; with htmx the results swap in place.
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d ->
                d.getCurrentUrl().contains("sport=SWM") && d.getCurrentUrl().contains("day=2024-07-28"));
        waitUntilQuiet();
    }

    /** Waits until htmx has no request in flight and the table shows the expected units. */
    private void waitUntilQuiet() {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector(".htmx-request")).isEmpty());
    }

    private List<WebElement> unitRows() {
        return new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    var rows = d.findElements(By.cssSelector("#results tbody tr"));
                    return !rows.isEmpty() && codes(rows).equals(expectedSwimmingOnSunday()) ? rows : null;
                });
    }

    private static List<String> codes(List<WebElement> rows) {
        return rows.stream().map(r -> r.getDomAttribute("data-unit")).toList();
    }

    private List<String> expectedSwimmingOnSunday() {
        return programme.allUnits(new UnitQuery(SUNDAY, "SWM", null, null, false)).stream().map(Unit::code).toList();
    }
}

package org.podium.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The French team leader books a car from the village to the Aquatics Centre; the transport desk
 * watches it assigned by the dispatch and arriving on the operations page as the Games clock runs
 * (a Games minute a second), without reloading: the page follows the live stream.
 */
@PodiumIntegrationTest
class TransportJourneyTests {

    private static final LocalDateTime START = LocalDateTime.of(2024, 8, 3, 7, 0);

    @LocalServerPort int port;
    @Autowired DemoAccounts demo;
    @Autowired GamesClock clock;
    @Autowired org.podium.accreditation.internal.AccreditationTestSupport accreditation;

    private final List<ChromeDriver> opened = new ArrayList<>();
    private ClockSetting before;

    @AfterEach
    void close() {
        opened.forEach(ChromeDriver::quit);
        if (before != null) {
            clock.set(before, "transport-journey");
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static String text(WebDriver browser, String id) {
        return new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElement(By.id(id))).getText();
    }

    @Test
    void bookACarWatchItAssignedAndArriving() {
        // The French chef de mission's card, handed over at the centre: category Ac, a T1 car privilege.
        var chef = accreditation.activeCard("FRA", "Ac", "LAMBERT").request();
        var leader = GateBrowsers.staffSignedIn(opened, base(), demo, "noc-fra");
        var desk = GateBrowsers.staffSignedIn(opened, base(), demo, "transport");
        before = clock.setting();
        clock.simulate(START.atZone(GamesClock.ZONE).toInstant(), 60, "transport-journey");

        leader.get(base() + "/staff/transport/team?day=2024-08-03");
        assertThat(leader.findElement(By.tagName("h1")).getText()).isEqualTo("Transport of team FRA");
        new Select(leader.findElement(By.id("rider"))).selectByValue(chef.toString());
        new Select(leader.findElement(By.id("from"))).selectByValue("VIL");
        new Select(leader.findElement(By.id("to"))).selectByValue("AQC");
        leader.executeScript("arguments[0].value = '2024-08-03T07:15'", leader.findElement(By.id("earliest")));
        leader.findElement(By.id("passengers")).clear();
        leader.findElement(By.id("passengers")).sendKeys("3");
        Browser.clickAndWaitForNextPage(leader, By.cssSelector("#booking button[type=submit]"));
        var reference = text(leader, "booked").replaceAll(".*(CR-[A-Z0-9]{8}).*", "$1");
        assertThat(reference).startsWith("CR-");
        Accessibility.assertNoSeriousViolation(leader);

        desk.get(base() + "/staff/transport?day=2024-08-03");
        var row = By.cssSelector("#requests tr[data-reference='" + reference + "']");
        // Assigned by the dispatch, then picked up and dropped off as the clock passes the planned times: the page follows the stream,
        // re-drawing the row as it goes, so a row read between two draws is read again at the next poll.
        new WebDriverWait(desk, Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(300)).ignoring(StaleElementReferenceException.class)
                .until(d -> List.of("ASSIGNED", "PICKED_UP").contains(d.findElement(row).getDomAttribute("data-status")));
        String car = new WebDriverWait(desk, Duration.ofSeconds(5)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(row).findElements(By.tagName("td")).get(5).getText());
        assertThat(car).startsWith("C");
        Accessibility.assertNoSeriousViolation(desk);
        new WebDriverWait(desk, Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(300)).ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElements(By.cssSelector("#map circle.vehicle[data-vehicle='" + car + "'][data-doing='WITH_RIDERS']")).isEmpty()
                        || "DONE".equals(d.findElement(row).getDomAttribute("data-status")));
        new WebDriverWait(desk, Duration.ofSeconds(90)).pollingEvery(Duration.ofMillis(500)).ignoring(StaleElementReferenceException.class)
                .until(d -> "DONE".equals(d.findElement(row).getDomAttribute("data-status")));
        String arrived = new WebDriverWait(desk, Duration.ofSeconds(5)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(row).findElement(By.cssSelector(".status")).getText());
        assertThat(arrived).isEqualTo("Arrived");

        leader.navigate().refresh();
        assertThat(leader.findElement(By.cssSelector("#team-requests tr[data-reference='" + reference + "'] .status")).getText())
                .isEqualTo("Arrived");
        assertThat(leader.findElements(By.cssSelector("#team-buses tbody tr"))).isNotEmpty();

        // The demo driver (D0001, on the day's first pool car) reads the trips still ahead.
        var driver = GateBrowsers.staffSignedIn(opened, base(), demo, "driver");
        driver.get(base() + "/staff/transport/driver");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Trips of driver D0001");
        Accessibility.assertNoSeriousViolation(driver);
    }
}

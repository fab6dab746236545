package org.podium.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.podium.accounts.internal.DemoAccounts;
import org.podium.games.Programme;
import org.podium.support.Accessibility;
import org.podium.support.Browser;
import org.podium.support.PodiumIntegrationTest;
import org.podium.support.VerifiedFans;
import org.podium.ticketing.internal.TicketingTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The back office shows each member what their roles can do: gate staff see the gates and not the
 * sales; the ticketing manager finds a fan's order among the recent ones by the fan's name and the
 * session's sport, and chooses sessions from a list instead of typing codes.
 */
@PodiumIntegrationTest
class StaffNavigationJourneyTests {

    @LocalServerPort int port;
    @Autowired DemoAccounts demo;
    @Autowired VerifiedFans verifiedFans;
    @Autowired TicketingTestSupport ticketing;
    @Autowired Programme programme;
    private final List<ChromeDriver> browsers = new ArrayList<>();

    @AfterEach
    void close() {
        browsers.forEach(ChromeDriver::quit);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static List<String> navigation(ChromeDriver browser) {
        return browser.findElements(By.cssSelector("#staff-nav a")).stream().map(WebElement::getText).toList();
    }

    @Test
    void gateStaffSeeTheGatesAndTheCheckpointsOnly() {
        var gate = GateBrowsers.staffSignedIn(browsers, url(""), demo, "gate");

        assertThat(navigation(gate)).containsExactly("Overview", "Gates", "Accreditation checkpoints", "API tokens", "Public site");
        Browser.clickAndWaitForNextPage(gate, By.linkText("Gates"));
        assertThat(gate.findElement(By.cssSelector("#staff-nav a[aria-current=page]")).getText()).isEqualTo("Gates");
        Accessibility.assertNoSeriousViolation(gate);
    }

    @Test
    void theTicketingManagerFindsAFansOrderBySportAndName() {
        var email = "nav-" + UUID.randomUUID() + "@example.org";
        var fan = verifiedFans.register(email, "Teddy Riner", "a long enough password", "en");
        var bought = ticketing.paidOrder("stade-de-france", fan.id(), 2, "Teddy Riner");
        var manager = GateBrowsers.staffSignedIn(browsers, url(""), demo, "ticketing");

        assertThat(navigation(manager)).containsExactly("Overview", "Ticket sales", "API tokens", "Public site");
        Browser.clickAndWaitForNextPage(manager, By.linkText("Ticket sales"));
        var row = manager.findElement(By.cssSelector("#recent-orders tr[data-order='" + bought.order() + "']"));
        // The sport as the programme files the session's units (Stade de France: athletics or rugby).
        var sport = programme.allUnits(new org.podium.games.UnitQuery(bought.session().day(), null,
                        bought.session().venueTag(), null, false)).stream()
                .filter(u -> bought.session().code().equals(u.sessionCode())).findFirst()
                .map(u -> programme.discipline(u.disciplineCode()).nameEn()).orElseThrow();
        assertThat(row.getText()).contains("Teddy Riner", email, sport, bought.session().code());

        // The session list offers every session by its sport and place; the code is what the form sends.
        var option = manager.findElement(By.cssSelector("#session-choices option[value='" + bought.session().code() + "']"));
        assertThat(option.getDomAttribute("label")).startsWith(sport);
        manager.findElement(By.id("watch-session")).sendKeys(bought.session().code());
        Browser.clickAndWaitForNextPage(manager, By.cssSelector("#watch-session ~ button[type=submit]"));
        assertThat(manager.findElement(By.cssSelector("#sales caption")).getText()).startsWith(sport);
        Accessibility.assertNoSeriousViolation(manager);
    }
}

package org.podium.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.podium.games.Session;
import org.podium.support.Accessibility;
import org.podium.support.Browser;
import org.podium.support.PodiumIntegrationTest;
import org.podium.ticketing.internal.TicketingTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A visitor of a hot on-sale waits in the room, watches the position fall by itself, then chooses seats. */
@PodiumIntegrationTest
class WaitingRoomJourneyTests {

    @LocalServerPort int port;
    @Autowired TicketingTestSupport ticketing;
    @Autowired org.podium.games.Programme programme;
    private WebDriver browser;
    private Session session;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
        if (session != null) {
            ticketing.removeWaitingRoom(session);
        }
    }

    @Test
    void aVisitorWaitsInTheRoomAndIsLetThroughInTurn() {
        session = ticketing.waitingRoomWithVisitorsAhead("south-paris-arena", 3, 20);
        // One visitor every 3 s: this one waits about 12 s, long enough to be seen waiting on a slow machine.
        browser = Browser.start("fr");
        browser.get("http://localhost:" + port + "/tickets/sessions/" + session.code());

        assertThat(browser.getCurrentUrl()).endsWith("/tickets/queue/" + session.code());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("File d'attente");
        var first = Long.parseLong(browser.findElement(By.id("queue-position")).getText());
        assertThat(first).isBetween(1L, 4L);
        Accessibility.assertNoSeriousViolation(browser);

        // The page updates by itself (htmx every 3 s) until it is this visitor's turn.
        var enter = new WebDriverWait(browser, Duration.ofSeconds(45))
                .until(d -> d.findElements(By.id("queue-enter")).stream().findFirst().orElse(null));
        assertThat(browser.findElement(By.id("queue-status")).getText()).contains("C'est votre tour");
        enter.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/tickets/sessions/" + session.code()));
        // The session is named by its sport, as the programme files its units; the code comes second.
        var sports = programme.allUnits(new org.podium.games.UnitQuery(session.day(), null, session.venueTag(), null, false))
                .stream().filter(u -> session.code().equals(u.sessionCode()))
                .map(u -> programme.discipline(u.disciplineCode()).nameFr()).distinct().toList();
        assertThat(sports).isNotEmpty();
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(sports.getFirst()).doesNotContain(session.code());
        assertThat(browser.findElement(By.id("main")).getText()).contains(session.code());
    }
}

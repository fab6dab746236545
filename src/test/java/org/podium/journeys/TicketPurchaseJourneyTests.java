package org.podium.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.podium.games.GamesClock;
import org.podium.games.Programme;
import org.podium.support.Accessibility;
import org.podium.support.Browser;
import org.podium.support.PodiumIntegrationTest;
import org.podium.ticketing.internal.TicketingTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A fan opens an account, enters a draw, wins a purchase slot, picks two seats side by side on
 * the seat map, pays with the sandbox and sees the paid order; a wheelchair space comes with its
 * companion seat.
 */
@PodiumIntegrationTest
class TicketPurchaseJourneyTests {

    @LocalServerPort int port;
    @Autowired TicketingTestSupport ticketing;
    @Autowired Programme programme;
    @Autowired GamesClock clock;
    private WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void submit(By button) {
        Browser.clickAndWaitForNextPage(browser, button);
    }

    @Test
    void aFanWinsASlotPicksTwoAdjacentSeatsOnTheMapPaysAndSeesTheOrder() throws Exception {
        browser = Browser.start("en");
        browser.get(url("/account/register"));
        browser.findElement(By.id("email")).sendKeys("jo@example.org");
        browser.findElement(By.id("displayName")).sendKeys("Jo");
        browser.findElement(By.id("password")).sendKeys("a long enough password");
        submit(By.cssSelector("main button[type=submit]"));
        // Jo opens the link mailed to the address before signing in: buying needs a verified address.
        browser.get(org.podium.support.TestMailServer.verificationLink("jo@example.org"));
        submit(By.cssSelector("main button[type=submit]"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("Your e-mail address is confirmed. Please sign in.");
        browser.findElement(By.id("email")).sendKeys("jo@example.org");
        browser.findElement(By.id("password")).sendKeys("a long enough password");
        submit(By.cssSelector("main button[type=submit]"));

        var session = ticketing.drawWithRegistrationOpenFor("bercy-arena", Duration.ofSeconds(4));
        browser.get(url("/tickets"));
        submit(By.xpath("//button[text()='Register for the draw']"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("You are registered for the draw.");

        ticketing.runDrawWhenRegistrationCloses(session);
        browser.get(url("/tickets"));
        assertThat(browser.findElement(By.cssSelector(".slot")).getText()).startsWith("Your purchase slot:");
        Accessibility.assertNoSeriousViolation(browser);

        browser.get(url("/tickets/sessions/" + session.code()));
        browser.findElement(By.cssSelector("rect[data-seat='S01-R01-01']")).click();
        browser.findElement(By.cssSelector("rect[data-seat='S01-R01-02']")).click();
        assertThat(browser.findElement(By.id("chosen-count")).getText()).isEqualTo("2");
        assertThat(browser.findElement(By.cssSelector("rect[data-seat='S01-R01-02']")).getAttribute("aria-checked")).isEqualTo("true");
        submit(By.id("hold-chosen"));

        assertThat(browser.findElements(By.cssSelector(".seat-id")).stream().map(e -> e.getText()).toList())
                .containsExactly("S01-R01-01", "S01-R01-02");
        Accessibility.assertNoSeriousViolation(browser);
        browser.findElement(By.id("holder-0")).sendKeys("Jo Martin");
        browser.findElement(By.id("holder-1")).sendKeys("Sam Martin");
        submit(By.id("pay"));
        // The card is typed on the payment service's own page, not on Podium's.
        assertThat(java.net.URI.create(browser.getCurrentUrl()).getPath()).startsWith("/sandbox-pay/pay_");
        assertThat(browser.findElement(By.id("amount")).getText()).endsWith(" EUR");
        browser.findElement(By.id("card")).sendKeys("4242 4242 4242 4242");
        submit(By.id("pay"));

        var status = new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(d -> {
                    var text = d.findElement(By.id("order-status")).getText();
                    return text.equals("Paid") ? text : null;
                });
        assertThat(status).isEqualTo("Paid");
        assertThat(browser.findElements(By.cssSelector(".seat-id")).stream().map(e -> e.getText()).toList())
                .containsExactly("S01-R01-01", "S01-R01-02");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Jo Martin", "Sam Martin");
        Accessibility.assertNoSeriousViolation(browser);

        // A wheelchair space is one choice on the map and brings its companion seat.
        browser.get(url("/tickets/sessions/" + session.code()));
        var space = browser.findElement(By.cssSelector("rect[data-companion='true']"));
        var spaceId = space.getAttribute("data-seat");
        space.click();
        assertThat(browser.findElement(By.cssSelector("rect[data-companion-of='" + spaceId + "']")).getAttribute("class")).contains("chosen");
        submit(By.id("hold-chosen"));
        var held = browser.findElement(By.tagName("table")).getText();
        assertThat(held).contains(spaceId + " · wheelchair space").contains("companion seat");
        assertThat(browser.findElements(By.cssSelector(".seat-id"))).hasSize(2);
    }

}

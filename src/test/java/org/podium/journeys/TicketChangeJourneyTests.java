package org.podium.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.podium.accounts.FanAccounts;
import org.podium.accounts.internal.DemoAccounts;
import org.podium.games.ClockSetting;
import org.podium.games.GamesClock;
import org.podium.support.Accessibility;
import org.podium.support.Browser;
import org.podium.support.PodiumIntegrationTest;
import org.podium.ticketing.internal.TicketingTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A ticket changes hands in the browser: a fan resells one at face value and another fan buys it
 * with the sandbox card; a fan gives one to a friend, who accepts it. An online scanner refuses the
 * old codes as soon as the revocation reaches it, and admits the new holders' codes.
 */
@PodiumIntegrationTest
class TicketChangeJourneyTests {

    @org.springframework.beans.factory.annotation.Autowired org.podium.support.VerifiedFans verifiedFans;

    @LocalServerPort int port;
    @Autowired TicketingTestSupport ticketing;
    @Autowired FanAccounts accounts;
    @Autowired DemoAccounts demo;
    @Autowired GamesClock clock;
    private final List<ChromeDriver> browsers = new ArrayList<>();
    private ClockSetting before;

    @AfterEach
    void close() {
        browsers.forEach(ChromeDriver::quit);
        if (before != null) {
            clock.set(before, "change-journey");
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private ChromeDriver fanSignedIn(String email) {
        return GateBrowsers.fanSignedIn(browsers, url(""), email);
    }

    private ChromeDriver scanner(String session, String gate) {
        return GateBrowsers.scanner(browsers, url(""), demo, session, gate);
    }

    private static void submit(ChromeDriver browser, By button) {
        Browser.clickAndWaitForNextPage(browser, button);
    }

    private String codeOf(ChromeDriver wallet, UUID ticket) {
        wallet.get(url("/account/wallet"));
        var selector = By.cssSelector(".wallet-ticket[data-ticket='" + ticket + "'] .code[data-code]");
        new WebDriverWait(wallet, Duration.ofSeconds(15)).until(d -> d.findElements(selector).size() == 1);
        return wallet.findElement(selector).getDomAttribute("data-code");
    }

    private static String scan(ChromeDriver scanner, String code) {
        return GateBrowsers.scan(scanner, code).outcome();
    }

    @Test
    void aResoldAndATransferredTicketOpenTheGateOnlyWithTheirNewHoldersCodes() {
        var adaEmail = "ada-" + UUID.randomUUID() + "@example.org";
        var graceEmail = "grace-" + UUID.randomUUID() + "@example.org";
        var ada = verifiedFans.register(adaEmail, "Ada Lovelace", "a long enough password", "en");
        verifiedFans.register(graceEmail, "Grace Hopper", "a long enough password", "en");
        var bought = ticketing.paidOrder("le-bourget-climbing-venue", ada.id(), 2, "Ada Lovelace");
        before = clock.setting();
        var session = bought.session().code();
        var resold = bought.tickets().get(0);
        var given = bought.tickets().get(1);

        // Resale at face value, more than 12 hours before the session.
        var adaBrowser = fanSignedIn(adaEmail);
        adaBrowser.get(url("/account/tickets/" + resold + "/manage"));
        Accessibility.assertNoSeriousViolation(adaBrowser);
        submit(adaBrowser, By.id("resale-list"));
        assertThat(adaBrowser.findElement(By.id("listing-status")).getText()).isEqualTo("On resale: not sold yet.");

        var graceBrowser = fanSignedIn(graceEmail);
        graceBrowser.get(url("/tickets/sessions/" + session + "/resale"));
        Accessibility.assertNoSeriousViolation(graceBrowser);
        graceBrowser.findElement(By.id("holder-0")).sendKeys("Grace Hopper");
        submit(graceBrowser, By.cssSelector(".listing button.buy"));
        graceBrowser.findElement(By.id("card")).sendKeys("4242 4242 4242 4242");
        submit(graceBrowser, By.id("pay"));
        new WebDriverWait(graceBrowser, Duration.ofSeconds(15)).until(ExpectedConditions.textToBe(By.id("order-status"), "Paid"));

        // Transfer: offered by Ada, accepted by Grace.
        adaBrowser.get(url("/account/tickets/" + given + "/manage"));
        adaBrowser.findElement(By.id("transfer-email")).sendKeys(graceEmail);
        submit(adaBrowser, By.id("transfer-send"));
        assertThat(adaBrowser.findElement(By.id("transfer-pending")).getText()).contains(graceEmail);

        // The gates open: Ada's phone still shows the code of the ticket not yet accepted.
        clock.simulate(bought.session().startsAt().minus(Duration.ofHours(1)), 1, "change-journey");
        var adasCode = codeOf(adaBrowser, given);
        var entrance = adaBrowser.findElement(By.cssSelector(".wallet-ticket[data-ticket='" + given + "'] .entrance")).getText();
        var gate = scanner(session, entrance + "1");
        var revokedBefore = Integer.parseInt(gate.findElement(By.id("scanner")).getDomAttribute("data-revoked"));

        graceBrowser.get(url("/account/transfers"));
        Accessibility.assertNoSeriousViolation(graceBrowser);
        graceBrowser.findElement(By.id("holder-0")).sendKeys("Grace Hopper");
        submit(graceBrowser, By.cssSelector(".offer button.accept"));
        assertThat(graceBrowser.findElement(By.cssSelector("[role=status]")).getText()).contains("The ticket is yours");

        // The online scanner learns of the revocation by itself.
        new WebDriverWait(gate, Duration.ofSeconds(10)).until(d ->
                Integer.parseInt(d.findElement(By.id("scanner")).getDomAttribute("data-revoked")) > revokedBefore);
        System.out.println("Revocation reached the online scanner in "
                + gate.findElement(By.id("scanner")).getDomAttribute("data-last-revocation-ms") + " ms");
        assertThat(scan(gate, adasCode)).isEqualTo("REVOKED");

        var gracesCode = codeOf(graceBrowser, given);
        assertThat(scan(gate, gracesCode)).isEqualTo("ADMITTED");
        var gracesResoldCode = codeOf(graceBrowser, resold);
        var resoldEntrance = graceBrowser.findElement(By.cssSelector(".wallet-ticket[data-ticket='" + resold + "'] .entrance")).getText();
        assertThat(scan(gate, gracesResoldCode)).isEqualTo(resoldEntrance.equals(entrance) ? "ADMITTED" : "WRONG_ENTRANCE");
        adaBrowser.get(url("/account/wallet"));
        assertThat(adaBrowser.findElements(By.cssSelector(".wallet-ticket[data-ticket]"))).as("Ada has no ticket left").isEmpty();
    }
}

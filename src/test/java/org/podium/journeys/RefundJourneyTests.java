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
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.podium.accounts.FanAccounts;
import org.podium.accounts.internal.DemoAccounts;
import org.podium.games.ClockSetting;
import org.podium.games.GamesClock;
import org.podium.support.Browser;
import org.podium.support.PodiumIntegrationTest;
import org.podium.ticketing.internal.TicketingTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A ticketing manager refunds an order from the back office; the fan's wallet code then opens no
 * gate: a scanner that synced after the refund refuses it as REVOKED even once it is offline, and
 * the ticket is gone from the fan's wallet.
 */
@PodiumIntegrationTest
class RefundJourneyTests {

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
            clock.set(before, "refund-journey");
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void aRefundedTicketsWalletCodeIsRefusedByAScannerThatSyncedAfterTheRefundEvenOffline() {
        var email = "ada-" + UUID.randomUUID() + "@example.org";
        var ada = verifiedFans.register(email, "Ada Lovelace", "a long enough password", "en");
        var bought = ticketing.paidOrder("stade-de-france", ada.id(), 1, "Ada Lovelace");
        before = clock.setting();
        var ticket = bought.tickets().getFirst();
        clock.simulate(bought.session().startsAt().minus(Duration.ofHours(1)), 1, "refund-journey");

        var wallet = GateBrowsers.fanSignedIn(browsers, url(""), email);
        wallet.get(url("/account/wallet"));
        var codeSelector = By.cssSelector(".wallet-ticket[data-ticket='" + ticket + "'] .code[data-code]");
        new WebDriverWait(wallet, Duration.ofSeconds(15)).until(d -> d.findElements(codeSelector).size() == 1);
        var code = wallet.findElement(codeSelector).getDomAttribute("data-code");
        var entrance = wallet.findElement(By.cssSelector(".wallet-ticket[data-ticket='" + ticket + "'] .entrance")).getText();
        var gate = GateBrowsers.scanner(browsers, url(""), demo, bought.session().code(), entrance + "1");
        assertThat(GateBrowsers.scan(gate, code).outcome()).as("before the refund").isEqualTo("ADMITTED");
        var revokedBefore = revoked(gate);

        var manager = GateBrowsers.staffSignedIn(browsers, url(""), demo, "ticketing");
        // The session's sales page, with the paid ticket on its per-minute chart (it answered 500 once).
        manager.get(url("/staff/ticketing?session=" + bought.session().code()));
        assertThat(manager.findElements(By.cssSelector(".bars rect"))).as("a bar for the minute the ticket was sold").isNotEmpty();
        assertThat(manager.findElement(By.cssSelector(".bars rect")).getDomAttribute("height")).isEqualTo("100");
        manager.get(url("/staff/ticketing"));
        manager.findElement(By.id("reason-" + bought.order())).sendKeys("Session moved: refunded at the fan's request");
        Browser.clickAndWaitForNextPage(manager, By.cssSelector("#reason-" + bought.order() + " ~ button[type=submit]"));

        // The online scanner learns of the revocation by itself, then loses the network.
        new WebDriverWait(gate, Duration.ofSeconds(10)).until(d -> revoked(gate) > revokedBefore);
        var offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        gate.setNetworkConditions(offline);
        var decision = GateBrowsers.scan(gate, code);
        assertThat(decision.outcome()).isEqualTo("REVOKED");

        wallet.get(url("/account/wallet"));
        assertThat(wallet.findElements(By.cssSelector(".wallet-ticket[data-ticket='" + ticket + "']")))
                .as("the refunded ticket is gone from the wallet").isEmpty();
    }

    private static int revoked(ChromeDriver scanner) {
        return Integer.parseInt(scanner.findElement(By.id("scanner")).getDomAttribute("data-revoked"));
    }
}

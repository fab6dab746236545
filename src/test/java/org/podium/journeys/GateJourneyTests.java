package org.podium.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.podium.accounts.FanAccounts;
import org.podium.accounts.internal.DemoAccounts;
import org.podium.games.ClockSetting;
import org.podium.games.GamesClock;
import org.podium.support.Accessibility;
import org.podium.support.NetworkSwitch;
import org.podium.support.QrCamera;
import org.podium.support.PodiumIntegrationTest;
import org.podium.ticketing.internal.TicketingTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;


/**
 * A fan's wallet shows a code that rotates and, once opened, keeps showing it with the network
 * cut (a relay the test switches off, so that its service worker is offline too); two gate scanners with the network switched off
 * (DevTools offline emulation) decide locally: the first admits the ticket, the second refuses the
 * same code replayed a minute later and admits the phone's live code (it cannot know); when both
 * are back online their uploads reveal the double entry on the gate operations page.
 */
@PodiumIntegrationTest
class GateJourneyTests {

    @org.springframework.beans.factory.annotation.Autowired org.podium.support.VerifiedFans verifiedFans;

    @LocalServerPort int port;
    @Autowired TicketingTestSupport ticketing;
    @Autowired FanAccounts accounts;
    @Autowired DemoAccounts demo;
    @Autowired GamesClock clock;
    private final List<ChromeDriver> browsers = new ArrayList<>();
    private ClockSetting before;
    private NetworkSwitch network;

    @AfterEach
    void close() throws Exception {
        browsers.forEach(ChromeDriver::quit);
        if (network != null) {
            network.close();
        }
        if (before != null) {
            clock.set(before, "gate-journey");
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private ChromeDriver scanner(String session, String gate) {
        return GateBrowsers.scanner(browsers, url(""), demo, session, gate);
    }

    private static void offline(ChromeDriver browser, boolean offline) {
        GateBrowsers.offline(browser, offline);
    }

    private static String liveCode(ChromeDriver wallet) {
        new WebDriverWait(wallet, Duration.ofSeconds(15)).until(d -> d.findElements(By.cssSelector(".code[data-code]")).size() == 1);
        return wallet.findElement(By.cssSelector(".code")).getDomAttribute("data-code");
    }

    /**
     * Reads the QR code the wallet drew, as a camera would, from the pixels of the encoder's own
     * canvas (a screenshot of the page depended on the compositor and could catch a frame
     * mid-redraw). {@link QrCamera} reads several frames of one code; should none of them decode,
     * the wallet draws a new code every 15 s, so an unreadable one is read again until the next
     * rotation has been tried too, as a fan holds the phone until the scanner beeps.
     */
    private static String readQr(WebElement box) throws Exception {
        var driver = (ChromeDriver) ((org.openqa.selenium.WrapsDriver) box).getWrappedDriver();
        var deadline = System.nanoTime() + Duration.ofSeconds(35).toNanos();
        while (true) {
            var dataUrl = (String) driver.executeScript("return arguments[0].querySelector('canvas').toDataURL('image/png')", box);
            var drawn = ImageIO.read(new ByteArrayInputStream(java.util.Base64.getDecoder().decode(dataUrl.substring(dataUrl.indexOf(',') + 1))));
            try {
                return QrCamera.read(drawn);
            } catch (com.google.zxing.ReaderException unreadable) {
                if (System.nanoTime() > deadline) {
                    throw unreadable;
                }
                Thread.sleep(500);
            }
        }
    }

    @Test
    void twoOfflineScannersDecideLocallyAndTheDoubleEntryAppearsWhenTheyReconnect() throws Exception {
        var email = "gates-" + UUID.randomUUID() + "@example.org";
        var fan = verifiedFans.register(email, "Marie-José Pérec", "a long enough password", "en");
        var bought = ticketing.paidOrder("roland-garros-stadium", fan.id(), 1, "Marie-José Pérec");
        before = clock.setting();
        var session = bought.session().code();
        var ticket = bought.tickets().getFirst();
        clock.simulate(bought.session().startsAt().minus(Duration.ofHours(1)), 1, "gate-journey");

        // The fan's phone reaches the platform through a network the test can cut, service worker included.
        network = new NetworkSwitch(port);
        var phone = "http://localhost:" + network.port();
        var wallet = GateBrowsers.fanSignedIn(browsers, phone, email);
        wallet.get(phone + "/account/wallet");
        var first = liveCode(wallet);
        var box = wallet.findElement(By.cssSelector(".code"));
        // The code may rotate while it is photographed: what the camera reads is the one shown before or after.
        var shownBefore = box.getDomAttribute("data-code");
        var read = readQr(box);
        assertThat(read).startsWith("PDM1.").isIn(shownBefore, box.getDomAttribute("data-code"));
        Accessibility.assertNoSeriousViolation(wallet);
        // The code changes every 15 seconds.
        new WebDriverWait(wallet, Duration.ofSeconds(20)).until(d -> !first.equals(liveCode(wallet)));
        var entrance = wallet.findElement(By.cssSelector(".wallet-ticket .entrance")).getText();
        var screenshot = liveCode(wallet);

        var gate1 = scanner(session, entrance + "1");
        offline(gate1, true);
        var admitted = GateBrowsers.scan(gate1, screenshot);
        assertThat(admitted.decision()).isEqualTo("ADMITTED");
        assertThat(admitted.verdict()).isEqualTo("ENTER");
        assertThat(GateBrowsers.scan(gate1, screenshot).reason()).isEqualTo("ALREADY_ENTERED");
        Accessibility.assertNoSeriousViolation(gate1);

        // A minute later, at another gate of the same entrance, also offline.
        clock.simulate(clock.now().plusSeconds(60), 1, "gate-journey");
        var gate2 = scanner(session, entrance + "2");
        offline(gate2, true);
        var replayed = GateBrowsers.scan(gate2, screenshot);
        assertThat(replayed.reason()).isEqualTo("PROOF_EXPIRED");
        assertThat(replayed.why()).contains("screenshot");
        wallet.navigate().refresh();
        var live = liveCode(wallet);
        assertThat(GateBrowsers.scan(gate2, live).decision()).as("the second scanner cannot know the first admitted it").isEqualTo("ADMITTED");
        assertThat(gate2.findElement(By.id("scanner")).getDomAttribute("data-pending")).isEqualTo("2");

        // The wallet keeps working without a network once opened: its page and scripts come from
        // its service worker, its tickets, credentials and device key from IndexedDB.
        network.off();
        wallet.navigate().refresh();
        new WebDriverWait(wallet, Duration.ofSeconds(10)).until(d ->
                "offline".equals(d.findElement(By.id("wallet")).getDomAttribute("data-source")));
        assertThat(wallet.findElement(By.cssSelector(".wallet-offline")).isDisplayed()).isTrue();
        var offlineCode = liveCode(wallet);
        assertThat(offlineCode).startsWith("PDM1.");
        assertThat(GateBrowsers.scan(gate2, offlineCode).reason()).as("a live code made offline, at the gate that admitted it").isEqualTo("ALREADY_ENTERED");

        offline(gate1, false);
        offline(gate2, false);
        for (var gate : List.of(gate1, gate2)) {
            new WebDriverWait(gate, Duration.ofSeconds(15)).until(d ->
                    "0".equals(d.findElement(By.id("scanner")).getDomAttribute("data-pending")));
        }
        gate1.get(url("/staff/gates/operations/" + session));
        new WebDriverWait(gate1, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".double-entries"), ticket.toString()));
        assertThat(gate1.findElement(By.cssSelector(".double-entries")).getText())
                .contains(entrance + "1, " + entrance + "2");
        Accessibility.assertNoSeriousViolation(gate1);
        var timings = (List<?>) gate2.executeScript("return window.podiumScanner ? window.podiumScanner.timings : []");
        System.out.println("Scanner decision times in this journey (ms): " + timings);
    }
}

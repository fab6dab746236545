package org.podium.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.podium.accounts.internal.DemoAccounts;
import org.podium.accreditation.internal.AccreditationTestSupport;
import org.podium.games.ClockSetting;
import org.podium.games.GamesClock;
import org.podium.support.Accessibility;
import org.podium.support.PodiumIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Accreditation checkpoints on the gates' scanner in zone mode: offline, a team official's card
 * opens the field of play and not the VIP lounges; back online, a revocation is pushed to the
 * scanner within two seconds and the card is refused.
 */
@PodiumIntegrationTest
class CheckpointJourneyTests {

    @LocalServerPort int port;
    @Autowired DemoAccounts demo;
    @Autowired GamesClock clock;
    @Autowired AccreditationTestSupport accreditation;

    private final List<ChromeDriver> opened = new ArrayList<>();
    private ClockSetting before;

    @AfterEach
    void close() {
        opened.forEach(ChromeDriver::quit);
        if (before != null) {
            clock.set(before, "checkpoint-journey");
        }
    }

    private ChromeDriver checkpoint(String venue, int zone) {
        var browser = GateBrowsers.staffSignedIn(opened, "http://localhost:" + port, demo, "gate");
        browser.get("http://localhost:" + port + "/staff/accreditation/checkpoint/scanner?venue=" + venue + "&zone=" + zone);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d ->
                "true".equals(d.findElement(By.id("scanner")).getDomAttribute("data-online"))
                        && "true".equals(d.findElement(By.id("scanner")).getDomAttribute("data-ready")));
        return browser;
    }

    @Test
    void offlineAZoneIsOpenedAndAnotherRefusedAndARevocationReachesAnOnlineScanner() {
        before = clock.setting();
        clock.simulate(Instant.parse("2024-08-02T17:00:00Z"), 1, "checkpoint-journey");
        var official = accreditation.activeCard("FRA", "Ao", "GARNIER");
        var other = accreditation.activeCard("FRA", "Ao", "MOREAU");
        var upgrade = accreditation.upgrade(official.request(), "stade-de-france", "6", java.time.LocalDate.of(2024, 8, 2));

        var fieldOfPlay = checkpoint("stade-de-france", 1);
        Accessibility.assertNoSeriousViolation(fieldOfPlay);
        var lounges = checkpoint("stade-de-france", 6);
        GateBrowsers.offline(fieldOfPlay, true);
        GateBrowsers.offline(lounges, true);
        new WebDriverWait(fieldOfPlay, Duration.ofSeconds(10)).until(d ->
                "false".equals(d.findElement(By.id("scanner")).getDomAttribute("data-online")));
        var admitted = GateBrowsers.scan(fieldOfPlay, official.qr());
        assertThat(admitted.outcome()).isEqualTo("ADMITTED");
        assertThat(admitted.why()).isEqualTo("Ao");
        var refused = GateBrowsers.scan(lounges, official.qr());
        assertThat(refused.outcome()).isEqualTo("ZONE_NOT_ALLOWED");
        assertThat(refused.why()).isEqualTo("This card does not open this zone");
        // The same official with an upgrade pass for the lounges that day (issued before the scanners went offline).
        assertThat(GateBrowsers.scan(lounges, upgrade).outcome()).isEqualTo("ADMITTED");
        assertThat(GateBrowsers.scan(lounges, upgrade).why()).isEqualTo("UPG");
        assertThat(GateBrowsers.scan(fieldOfPlay, "PDA1.bm90IGEgY2FyZA").outcome()).isEqualTo("UNREADABLE");
        assertThat(accreditation.scannedOutcomes(official.request())).as("offline: nothing uploaded yet").isEmpty();

        GateBrowsers.offline(fieldOfPlay, false);
        new WebDriverWait(fieldOfPlay, Duration.ofSeconds(10)).until(d ->
                "true".equals(d.findElement(By.id("scanner")).getDomAttribute("data-online")));
        // Back online, the scans made offline are uploaded; those of the other scanner wait for its network.
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(accreditation.scannedOutcomes(official.request())).containsExactly("ADMITTED"));
        assertThat(GateBrowsers.scan(fieldOfPlay, other.qr()).outcome()).isEqualTo("ADMITTED");
        accreditation.revoke(other.request());
        new WebDriverWait(fieldOfPlay, Duration.ofSeconds(10)).until(d ->
                d.findElement(By.id("scanner")).getDomAttribute("data-last-revocation-ms") != null);
        var reachedInMs = Long.parseLong(fieldOfPlay.findElement(By.id("scanner")).getDomAttribute("data-last-revocation-ms"));
        System.out.printf("revocation -> online checkpoint scanner: %d ms%n", reachedInMs);
        assertThat(reachedInMs).as("pushed, not polled").isLessThan(2_000);
        assertThat(GateBrowsers.scan(fieldOfPlay, other.qr()).outcome()).isEqualTo("REVOKED");
        assertThat(GateBrowsers.scan(fieldOfPlay, official.qr()).outcome()).isEqualTo("ADMITTED");
    }
}

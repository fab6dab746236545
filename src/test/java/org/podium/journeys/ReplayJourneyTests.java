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
import org.podium.accounts.internal.DemoAccounts;
import org.podium.audit.AuditTrail;
import org.podium.games.ClockSetting;
import org.podium.games.GamesClock;
import org.podium.results.internal.GamesReplay;
import org.podium.results.internal.ResultsImporter;
import org.podium.support.Accessibility;
import org.podium.support.Browser;
import org.podium.support.PodiumIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An administrator starts a replay of an evening of Paris 2024 from the replay page, sees the Games
 * clock jump to that evening, stops it, and finds the clock as it was before, with the stop audited.
 */
@PodiumIntegrationTest
class ReplayJourneyTests {

    @LocalServerPort int port;
    @Autowired DemoAccounts demo;
    @Autowired GamesClock clock;
    @Autowired GamesReplay replay;
    @Autowired ResultsImporter importer;
    @Autowired AuditTrail audit;
    private final List<ChromeDriver> browsers = new ArrayList<>();
    private ClockSetting before;

    @AfterEach
    void close() {
        browsers.forEach(ChromeDriver::quit);
        replay.stop("replay-journey");
        if (before != null) {
            clock.set(before, "replay-journey");
        }
        importer.importFeed("classpath:results-feed/");
    }

    @Test
    void anAdministratorStopsAReplayAndTheClockComesBack() {
        // A clock of the organiser's own: the opening ceremony's morning, at real speed.
        before = clock.setting();
        clock.simulate(Instant.parse("2024-07-26T07:00:00Z"), 1, "replay-journey");
        var admin = GateBrowsers.staffSignedIn(browsers, "http://localhost:" + port, demo, "admin");
        admin.get("http://localhost:" + port + "/staff");
        Browser.clickAndWaitForNextPage(admin, By.linkText("Results replay"));
        Accessibility.assertNoSeriousViolation(admin);

        // A slow replay of the evening of 28 July: it is still running when stopped.
        Browser.clickAndWaitForNextPage(admin, By.id("replay-start"));
        assertThat(admin.findElement(By.id("replay-status")).getText()).contains("units posted");
        assertThat(clock.now()).isBetween(Instant.parse("2024-07-28T12:00:00Z"), Instant.parse("2024-07-28T20:30:00Z"));
        assertThat(admin.findElement(By.id("games-now")).getText()).contains("28 Jul 2024");

        Browser.clickAndWaitForNextPage(admin, By.id("replay-stop"));
        assertThat(admin.findElement(By.id("replay-status")).getText()).isEqualTo("No replay is running.");
        assertThat(admin.findElement(By.id("replay-outcome")).getText()).startsWith("Stopped by admin");
        assertThat(clock.setting().mode()).isEqualTo(ClockSetting.Mode.SIMULATED);
        assertThat(clock.setting().speed()).isEqualTo(1);
        assertThat(clock.now()).isBetween(Instant.parse("2024-07-26T07:00:00Z"), Instant.parse("2024-07-26T07:10:00Z"));
        assertThat(admin.findElement(By.id("games-now")).getText()).contains("26 Jul 2024");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(audit.latest(5, "results.replay")).extracting(e -> e.action())
                        .containsSubsequence("results.replay.stopped", "results.replay.start"));
        Accessibility.assertNoSeriousViolation(admin);
    }
}

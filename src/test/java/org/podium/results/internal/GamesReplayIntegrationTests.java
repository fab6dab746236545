package org.podium.results.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.podium.accounts.internal.DemoAccounts;
import org.podium.games.GamesClock;
import org.podium.results.Medal;
import org.podium.results.ResultStatus;
import org.podium.results.Results;
import org.podium.support.PodiumIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The evening of 28 July 2024 at the Aquatics (Paris La Défense) replayed at 3,600 times real time. */
@PodiumIntegrationTest
class GamesReplayIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired DemoAccounts demo;
    @Autowired GamesReplay replay;
    @Autowired Results results;
    @Autowired GamesClock clock;
    @Autowired ResultsImporter importer;

    @AfterEach
    void restoreTheFeed() {
        replay.stop("replay-tests");
        importer.importFeed("classpath:results-feed/");
    }

    @Test
    void replaysTheRealResultsThroughTheLiveInputOnTheGamesClock() throws Exception {
        var clockBefore = clock.now();
        var admin = demo.issued().stream().filter(c -> c.username().equals("admin")).findFirst().orElseThrow();
        mvc.perform(post("/api/admin/results/replay").with(httpBasic(admin.username(), admin.password()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"from\":\"2024-07-28T20:00:00+02:00\",\"until\":\"2024-07-28T22:30:00+02:00\",\"speed\":3600}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.running").value(true))
                .andExpect(jsonPath("$.units").isNumber());

        assertThat(clock.now()).isBefore(java.time.Instant.parse("2024-07-28T18:00:00Z"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !replay.status().running());

        assertThat(replay.status().posted()).isEqualTo(replay.status().units()).isPositive();
        // Finished: the clock is back where it was (it ran on meanwhile), the end is recorded.
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> replay.last().orElseThrow().outcome() != null);
        assertThat(replay.last().orElseThrow().outcome()).isEqualTo(Replays.Outcome.FINISHED);
        assertThat(clock.now()).isBetween(clockBefore, clockBefore.plus(Duration.ofMinutes(5)));
        assertThat(replay.status().refused()).isZero();
        var breaststrokeFinal = results.unitResult("SWMM100MBR------------FNL-000100--");
        assertThat(breaststrokeFinal.status()).isEqualTo(ResultStatus.OFFICIAL);
        assertThat(breaststrokeFinal.by()).isEqualTo("replay");
        assertThat(breaststrokeFinal.version()).isEqualTo(2);
        // The replay sends values through the live input, as a venue would, without official ranks: the dead heat
        // for silver is not shared on Podium's say-so, the event waits for its tie-break (the feed import, which
        // carries the official ranks 2 and 2, shares it: ResultsFeedIntegrationTests).
        var breaststroke = results.outcome("SWMM100MBR");
        assertThat(breaststroke.medallists()).isEmpty();
        assertThat(breaststroke.incompleteBecause()).startsWith(MedalAwards.AWAITING_TIE_BREAK).contains("place 2");
        // A unit outside the window was not replayed.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> results.unitResult("SWMM100MBA------------HEAT000100--"))
                .isInstanceOf(org.podium.platform.NotFound.class);
    }

    @Test
    void refusesAnEmptyOrBackwardWindow() throws Exception {
        var admin = demo.issued().stream().filter(c -> c.username().equals("admin")).findFirst().orElseThrow();
        mvc.perform(post("/api/admin/results/replay").with(httpBasic(admin.username(), admin.password()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"from\":\"2024-07-28T22:00:00+02:00\",\"until\":\"2024-07-28T20:00:00+02:00\",\"speed\":60}"))
                .andExpect(status().isBadRequest());
    }

    @Autowired Replays replays;
    @Autowired org.springframework.transaction.support.TransactionTemplate tx;

    @Test
    void aReplayARestartCutShortIsReportedAbandonedAndItsClockSetBack() {
        var before = clock.setting();
        try {
            var own = clock.simulate(java.time.Instant.parse("2024-07-26T07:00:00Z"), 1, "replay-tests");
            // What a replay leaves behind when the platform dies during it: its row without an end, its clock.
            var ofReplay = org.podium.games.ClockSetting.simulated(java.time.Instant.parse("2024-07-28T17:50:00Z"), 3600,
                    java.time.Instant.now());
            tx.executeWithoutResult(s -> {
                replays.started("admin", java.time.Instant.parse("2024-07-28T18:00:00Z"),
                        java.time.Instant.parse("2024-07-28T20:30:00Z"), 3600, 12, own, ofReplay);
                clock.set(ofReplay, "admin");
            });

            replay.closeAbandoned(); // what the next start does once ready

            var last = replay.last().orElseThrow();
            assertThat(last.outcome()).isEqualTo(Replays.Outcome.ABANDONED);
            assertThat(last.endedBy()).isEqualTo("system");
            assertThat(clock.now()).isBetween(java.time.Instant.parse("2024-07-26T07:00:00Z"),
                    java.time.Instant.parse("2024-07-26T07:05:00Z"));
        } finally {
            clock.set(before, "replay-tests");
        }
    }
}

package org.podium.results.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.podium.accounts.internal.DemoAccounts;
import org.podium.audit.AuditTrail;
import org.podium.results.Medal;
import org.podium.results.MedalStanding;
import org.podium.results.Results;
import org.podium.support.PodiumIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Where the data cannot decide, or a medal must move after OFFICIAL, an administrator decides. */
@PodiumIntegrationTest
class MedalDecisionIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired DemoAccounts demo;
    @Autowired Results results;
    @Autowired ResultsImporter importer;
    @Autowired AuditTrail audit;

    private ResultActions decide(String user, String event, String json) throws Exception {
        var who = demo.issued().stream().filter(c -> c.username().equals(user)).findFirst().orElseThrow();
        return mvc.perform(put("/api/admin/results/events/" + event + "/medallists").with(httpBasic(who.username(), who.password()))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private int gold(String noc) {
        return results.medalTable().stream().filter(s -> s.noc().equals(noc)).mapToInt(MedalStanding::gold).sum();
    }

    @Test
    void anAdministratorAwardsTheMedalsTheFeedCannotDecideAndTheTableMoves() throws Exception {
        importer.importFeed("classpath:results-feed/");
        assertThat(results.outcome("GARW1AA").complete()).isFalse();
        var usaGolds = gold("USA");

        decide("admin", "GARW1AA", """
                {"reason":"all-around final decided by the official apparatus totals","medallists":[
                  {"medal":"GOLD","competitorCode":"1","competitorName":"BILES Simone","noc":"USA"},
                  {"medal":"SILVER","competitorCode":"2","competitorName":"ANDRADE Rebeca","noc":"BRA"},
                  {"medal":"BRONZE","competitorCode":"3","competitorName":"LEE Sunisa","noc":"USA"}]}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.medallists.length()").value(3));

        assertThat(gold("USA")).isEqualTo(usaGolds + 1);
        // A later import decides the other events again but leaves this decision alone.
        importer.importFeed("classpath:results-feed/");
        assertThat(results.outcome("GARW1AA").medallists()).extracting(m -> m.medal())
                .containsExactly(Medal.GOLD, Medal.SILVER, Medal.BRONZE);
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(audit.latest(20, "results.medals.decided")).anySatisfy(e -> {
                    assertThat(e.actor()).isEqualTo("admin");
                    assertThat(e.detail()).contains("apparatus totals").contains("after: GOLD USA BILES Simone");
                }));
    }

    @Test
    void refusesADecisionWithoutReasonOrFromAnotherRole() throws Exception {
        decide("admin", "SWMM100MBR", """
                {"reason":" ","medallists":[{"medal":"GOLD","competitorCode":"1","competitorName":"X","noc":"ITA"}]}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("reason"));
        decide("results", "SWMM100MBR", """
                {"reason":"r","medallists":[{"medal":"GOLD","competitorCode":"1","competitorName":"X","noc":"ITA"}]}""")
                .andExpect(status().isForbidden());
        decide("admin", "NOPE", """
                {"reason":"r","medallists":[{"medal":"GOLD","competitorCode":"1","competitorName":"X","noc":"ITA"}]}""")
                .andExpect(status().isNotFound());
    }
}

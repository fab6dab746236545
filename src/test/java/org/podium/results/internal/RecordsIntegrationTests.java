package org.podium.results.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.podium.accounts.internal.DemoAccounts;
import org.podium.support.PodiumIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Records loaded by an administrator, a live mark flagged when it betters one, the record moved
 * when the unit is OFFICIAL, the old one kept as history. The marks are test data, not real records.
 */
@PodiumIntegrationTest
class RecordsIntegrationTests {

    /** The women's 1500 m final ran on 10 August, after the feed's last day: its unit is free for live input. */
    private static final String EVENT = "ATHW1500M";
    private static final String FINAL = "ATHW1500M-------------FNL-000100--";

    @Autowired MockMvc mvc;
    @Autowired DemoAccounts demo;
    @Autowired Records records;

    private ResultActions as(String user, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        var account = demo.issued().stream().filter(c -> c.username().equals(user)).findFirst().orElseThrow();
        return mvc.perform(request.with(httpBasic(account.username(), account.password())));
    }

    private ResultActions send(String json) throws Exception {
        return as("results", post("/api/staff/results/units/" + FINAL).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void aLiveMarkBetteringTheOlympicRecordIsFlaggedAndBecomesTheRecordWhenOfficial() throws Exception {
        as("admin", post("/api/admin/results/records").contentType("text/csv").content("""
                event_code,kind,mark,holder,noc,set_on,place
                ATHW1500M,OR,3:56.00,OLDER Holder,KEN,2016-08-16,Rio de Janeiro
                ATHW1500M,WR,3:49.00,TEST Holder,ETH,2015-07-17,Monaco
                ATHW1500M,OR,3:53.00,TEST Holder,KEN,2021-08-06,Tokyo
                """)).andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(3));
        assertThat(records.current(EVENT)).extracting(r -> r.kind() + " " + r.mark()).containsExactly("WR 3:49.00", "OR 3:53.00");

        send("""
                {"status":"START_LIST","entries":[
                  {"competitorCode":"R1","competitorName":"RUNNER One","noc":"AUS","resultType":"TIME"},
                  {"competitorCode":"R2","competitorName":"RUNNER Two","noc":"GBR","resultType":"TIME"},
                  {"competitorCode":"R3","competitorName":"RUNNER Three","noc":"KEN","resultType":"TIME"}]}""").andExpect(status().isOk());
        send("""
                {"status":"LIVE","entries":[{"competitorCode":"R1","value":"3:51.29"},{"competitorCode":"R2","value":"3:52.61"},
                  {"competitorCode":"R3","value":"3:53.00"}]}""").andExpect(status().isOk());

        mvc.perform(get("/api/results/units/{u}/records", FINAL)).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.competitorCode == 'R1' && @.kind == 'OR')].equalled").value(false))
                .andExpect(jsonPath("$[?(@.competitorCode == 'R3' && @.kind == 'OR')].equalled").value(true))
                .andExpect(jsonPath("$[?(@.kind == 'WR')]").isEmpty());
        mvc.perform(get("/commentator/units/{u}", FINAL)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("RUNNER One betters the OR: 3:51.29")));

        send("""
                {"status":"OFFICIAL","entries":[{"competitorCode":"R1","value":"3:51.29"},{"competitorCode":"R2","value":"3:52.61"},
                  {"competitorCode":"R3","value":"3:53.00"}]}""").andExpect(status().isOk());

        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(records.current(EVENT)).extracting(r -> r.kind() + " " + r.mark() + " " + r.holder())
                        .containsExactly("WR 3:49.00 TEST Holder", "OR 3:51.29 RUNNER One"));
        mvc.perform(get("/api/results/events/{e}/records", EVENT)).andExpect(status().isOk())
                .andExpect(jsonPath("$.history.length()").value(4))
                .andExpect(jsonPath("$.history[?(@.mark == '3:53.00')].current").value(false));
    }

    @Test
    void aRecordsFileWithABadLineIsRefusedWithItsLineAndLoadsNothing() throws Exception {
        var before = records.history("ATHM5000M").size();

        as("admin", post("/api/admin/results/records").contentType("text/csv").content("""
                event_code,kind,mark,holder,noc,set_on,place
                ATHM5000M,WR,12:35.36,TEST Holder,UGA,2020-08-14,Monaco
                NOSUCHEVENT,WR,1:00.00,TEST Holder,UGA,2020-08-14,Monaco
                """)).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.line").value(3));
        as("admin", post("/api/admin/results/records").contentType("text/csv").content("""
                event_code,kind,mark,holder,noc,set_on,place
                ATHM5000M,XR,12:35.36,TEST Holder,UGA,2020-08-14,Monaco
                """)).andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.line").value(2));
        as("results", post("/api/admin/results/records").contentType("text/csv").content("event_code,kind,mark,holder,noc,set_on,place\n"))
                .andExpect(status().isForbidden());

        assertThat(records.history("ATHM5000M")).hasSize(before);
    }
}

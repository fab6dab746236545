package org.podium.results.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.podium.accounts.StaffAccounts;
import org.podium.accounts.StaffRole;
import org.podium.accounts.internal.DemoAccounts;
import org.podium.audit.AuditTrail;
import org.podium.results.Medal;
import org.podium.results.Results;
import org.podium.support.PodiumIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** A venue's results operator posts a unit live, through every rule of the input path. */
@PodiumIntegrationTest
class LiveResultsIntegrationTests {

    static final String MEN_800M_FINAL = "ATHM800M--------------FNL-000100--";
    static final String START_LIST = """
            {"status":"START_LIST","entries":[
              {"competitorCode":"A1","competitorName":"WANYONYI Emmanuel","noc":"KEN","resultType":"TIME"},
              {"competitorCode":"A2","competitorName":"AROP Marco","noc":"CAN","resultType":"TIME"},
              {"competitorCode":"A3","competitorName":"HOPPEL Bryce","noc":"USA","resultType":"TIME"},
              {"competitorCode":"A4","competitorName":"TUAL Gabriel","noc":"FRA","resultType":"TIME"}]}""";

    @Autowired MockMvc mvc;
    @Autowired DemoAccounts demo;
    @Autowired StaffAccounts staff;
    @Autowired Results results;
    @Autowired AuditTrail audit;
    @Autowired MeterRegistry meters;
    @LocalServerPort int port;

    ResultActions send(String unit, String json) throws Exception {
        var operator = demo.issued().stream().filter(c -> c.username().equals("results")).findFirst().orElseThrow();
        return mvc.perform(post("/api/staff/results/units/" + unit).with(httpBasic(operator.username(), operator.password()))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    static String marks(String status, String a1, String a2, String a3, String a4) {
        return """
                {"status":"%s","entries":[{"competitorCode":"A1","value":"%s"},{"competitorCode":"A2","value":"%s"},
                {"competitorCode":"A3","value":"%s"},{"competitorCode":"A4","value":"%s"}]}""".formatted(status, a1, a2, a3, a4);
    }

    @Test
    void aUnitGoesFromStartListToOfficialAndDecidesItsMedals() throws Exception {
        var stream = subscribe();

        send(MEN_800M_FINAL, START_LIST).andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        send(MEN_800M_FINAL, marks("LIVE", "1:41.19", "1:41.20", "1:41.67", "1:42.00"))
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.entries[0].rank").value(1));
        send(MEN_800M_FINAL, marks("OFFICIAL", "1:41.19", "1:41.20", "1:41.67", "1:42.00"))
                .andExpect(jsonPath("$.status").value("OFFICIAL"));

        var outcome = results.outcome("ATHM800M");
        assertThat(outcome.medallists()).extracting(m -> m.medal() + " " + m.noc())
                .containsExactly("GOLD KEN", "SILVER CAN", "BRONZE USA");
        assertThat(stream.get(10, TimeUnit.SECONDS)).contains("event:unit-result").contains(MEN_800M_FINAL);
        // Operators see how long the fan-out takes (the SSE load script reads the same timers).
        Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(meters.get("podium.results.stream.delivered").timer().count()).isPositive());

        // A correction after OFFICIAL needs a reason, is audited and moves the medals.
        send(MEN_800M_FINAL, marks("OFFICIAL", "1:41.19", "1:41.20", "1:41.67", "1:41.50"))
                .andExpect(status().isConflict());
        send(MEN_800M_FINAL, """
                {"status":"OFFICIAL","correction":"photo finish reviewed","entries":[
                {"competitorCode":"A1","value":"1:41.19"},{"competitorCode":"A2","value":"1:41.20"},
                {"competitorCode":"A3","irm":"DSQ"},{"competitorCode":"A4","value":"1:42.00"}]}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(4));
        assertThat(results.outcome("ATHM800M").medallists()).filteredOn(m -> m.medal() == Medal.BRONZE)
                .extracting(m -> m.noc()).containsExactly("FRA");
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(audit.latest(20, "results.correction")).anySatisfy(e ->
                        assertThat(e.detail()).contains("photo finish reviewed")));
    }

    @Test
    void aTieOnAMedalPlaceWaitsForTheOfficialRanksThatThenDecideIt() throws Exception {
        var unit = "ATHM4X400M------------FNL-000100--"; // not in the feed, nor in other tests: live only
        send(unit, START_LIST).andExpect(status().isOk());
        send(unit, marks("OFFICIAL", "3:51.29", "3:52.56", "3:52.56", "3:52.80")).andExpect(status().isOk());
        // Level on hundredths for silver without an official rank: no medal is invented.
        assertThat(results.outcome("ATHM4X400M").medallists()).isEmpty();
        assertThat(results.outcome("ATHM4X400M").incompleteBecause()).startsWith(MedalAwards.AWAITING_TIE_BREAK).contains("place 2");

        // A rank that puts the slower time ahead is refused with the field, and nothing is stored.
        send(unit, """
                {"status":"OFFICIAL","correction":"photo finish","entries":[{"competitorCode":"A1","value":"3:51.29","rank":1},
                {"competitorCode":"A2","value":"3:52.56","rank":2},{"competitorCode":"A3","value":"3:52.56","rank":3},
                {"competitorCode":"A4","value":"3:52.80","rank":2}]}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("entries[3].rank"));
        assertThat(results.unitResult(unit).version()).isEqualTo(2);

        // The photo finish's ranks, as a correction of the official result: medals decided, audited.
        send(unit, """
                {"status":"OFFICIAL","correction":"photo finish","entries":[{"competitorCode":"A1","value":"3:51.29","rank":1},
                {"competitorCode":"A2","value":"3:52.56","rank":3},{"competitorCode":"A3","value":"3:52.56","rank":2},
                {"competitorCode":"A4","value":"3:52.80","rank":4}]}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.entries[2].rank").value(2));
        assertThat(results.outcome("ATHM4X400M").medallists()).extracting(m -> m.medal() + " " + m.noc())
                .containsExactly("GOLD KEN", "SILVER USA", "BRONZE CAN");
    }

    @Test
    void refusesBadMessagesClearlyAndChangesNothing() throws Exception {
        var unit = "ATHW100MHURD----------FNL-000100--";
        send(unit, marks("LIVE", "12.30", "12.31", "12.40", "12.50"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("the first message of a unit is its START_LIST"));
        send(unit, START_LIST).andExpect(status().isOk());
        send(unit, """
                {"status":"LIVE","entries":[{"competitorCode":"ZZ","value":"12.30"}]}""")
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.field").value("entries[0].competitorCode"));
        send(unit, """
                {"status":"LIVE","entries":[{"competitorCode":"A1","value":"12.30"},{"competitorCode":"A1","value":"12.31"}]}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("A1 appears twice"));
        send(unit, marks("LIVE", "12.30", "-12.31", "12.40", "12.50"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("entries[1].value"));
        send(unit, marks("LIVE", "12.30", "twelve", "12.40", "12.50")).andExpect(status().isBadRequest());
        send(unit, """
                {"status":"LIVE","entries":[{"competitorCode":"A1","irm":"BFD"}]}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("entries[0].irm"));
        send(unit, marks("UNOFFICIAL", "12.30", "12.31", "12.40", "12.50")).andExpect(status().isOk());
        send(unit, marks("LIVE", "12.30", "12.31", "12.40", "12.50"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.field").value("status"));
        send("ATHW100MHURD----------FNL-000900--", START_LIST).andExpect(status().isNotFound());

        assertThat(results.unitResult(unit).version()).isEqualTo(2);
    }

    @Test
    void scoresDivesFromTheJudgesAwardsAndRefusesAnAwardThatIsNotOne() throws Exception {
        var unit = "DIVM10M---------------FNL-000100--";
        send(unit, """
                {"status":"START_LIST","entries":[
                  {"competitorCode":"D1","competitorName":"Diver One","noc":"CHN","resultType":"POINTS"},
                  {"competitorCode":"D2","competitorName":"Diver Two","noc":"GBR","resultType":"POINTS"}]}""")
                .andExpect(status().isOk());
        send(unit, """
                {"status":"LIVE","entries":[
                  {"competitorCode":"D1","judging":[{"difficulty":"3.6","marks":["8.5","8.0","9.0","8.5","8.0","9.0","8.5"]}]},
                  {"competitorCode":"D2","judging":[{"difficulty":"3.8","marks":["9.5","9.5","9.0","9.5","10","9.5","9.5"]}]}]}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries[0].value").value("91.80"))
                .andExpect(jsonPath("$.entries[1].value").value("108.30"))
                .andExpect(jsonPath("$.entries[1].rank").value(1));
        send(unit, """
                {"status":"LIVE","entries":[
                  {"competitorCode":"D1","judging":[{"difficulty":"3.6","marks":["8.5","8.0","9.0","8.5","8.0","9.0","8.3"]}]}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("entries[0].judging[0].marks"));

        assertThat(results.unitResult(unit).version()).isEqualTo(2);
    }

    @Test
    void listsADisciplinesInvalidResultMarksInTheReadersLanguage() throws Exception {
        mvc.perform(get("/api/results/disciplines/SAL/irm-codes").param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'BFD')].meaning").value("Disqualifié (pavillon noir)"))
                .andExpect(jsonPath("$[?(@.code == 'DNS')].meaning").value("Non partant"));
        mvc.perform(get("/api/results/disciplines/XXX/irm-codes")).andExpect(status().isNotFound());
    }

    @Test
    void refusesAnOperatorNotAssignedToTheUnitsVenue() throws Exception {
        staff.createOrReset("lyon-results", "Lyon results desk", "a-password-long-enough", EnumSet.of(StaffRole.RESULTS_OPERATOR), "test");
        mvc.perform(post("/api/staff/results/units/ATHW4X400M------------FNL-000100--")
                        .with(httpBasic("lyon-results", "a-password-long-enough"))
                        .contentType(MediaType.APPLICATION_JSON).content(START_LIST))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://podium.example/problems/result-not-assigned"));
        var gate = demo.issued().stream().filter(c -> c.username().equals("gate")).findFirst().orElseThrow();
        mvc.perform(post("/api/staff/results/units/" + MEN_800M_FINAL).with(httpBasic(gate.username(), gate.password()))
                        .contentType(MediaType.APPLICATION_JSON).content(START_LIST))
                .andExpect(status().isForbidden());
    }

    /** Reads the SSE stream over real HTTP until a unit-result event arrives. */
    private CompletableFuture<String> subscribe() {
        var client = HttpClient.newHttpClient();
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/results/stream")).build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenApply(response -> {
                    var seen = new StringBuilder();
                    var lines = response.body().iterator();
                    while (lines.hasNext()) {
                        var line = lines.next();
                        seen.append(line).append('\n');
                        if (line.startsWith("data:") && line.contains("unitCode")) {
                            return seen.toString();
                        }
                    }
                    return seen.toString();
                });
    }
}

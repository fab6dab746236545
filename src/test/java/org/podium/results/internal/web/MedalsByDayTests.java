package org.podium.results.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.podium.support.PodiumIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The medal table's chart by day: its data table says what the API says, and both add up to the medal table. */
@PodiumIntegrationTest
class MedalsByDayTests {

    private static final Pattern ROW = Pattern.compile(
            "<tr data-day=\"([0-9-]+)\">\\s*<th scope=\"row\">[^<]*</th>\\s*<td>(\\d+)</td><td>(\\d+)</td><td>(\\d+)</td>");

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;

    private JsonNode api(String path) throws Exception {
        return json.readTree(mvc.perform(get(path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void theDataTableBesideTheChartEqualsTheApiAndAddsUpToTheMedalTable() throws Exception {
        // The demo loads the official feed in the background at start.
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> api("/api/results/medal-table").size() > 80);
        var byDay = api("/api/results/medal-table/by-day");

        var html = mvc.perform(get("/medals").param("lang", "en")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        var rows = new ArrayList<List<String>>();
        var matcher = ROW.matcher(html);
        while (matcher.find()) {
            rows.add(List.of(matcher.group(1), matcher.group(2), matcher.group(3), matcher.group(4)));
        }
        var fromApi = new ArrayList<List<String>>();
        byDay.forEach(d -> fromApi.add(List.of(d.get("day").asString(), d.get("gold").asString(), d.get("silver").asString(),
                d.get("bronze").asString())));
        assertThat(rows).isEqualTo(fromApi).isNotEmpty();
        assertThat(html).contains("id=\"medals-by-day-chart\"").contains("class=\"series-0\"");

        // The official schedule: the first medals on 27 July (shooting's mixed air rifle), the last on 11 August
        // (the project's copy of the feed stops with 10 August's results).
        assertThat(byDay.get(0).get("day").asString()).isEqualTo("2024-07-27");
        byDay.forEach(d -> assertThat(d.get("day").asString()).isBetween("2024-07-27", "2024-08-11"));
        var table = api("/api/results/medal-table");
        for (var colour : List.of("gold", "silver", "bronze")) {
            var perDay = 0;
            for (var d : byDay) {
                perDay += d.get(colour).asInt();
            }
            var perNoc = 0;
            for (var s : table) {
                perNoc += s.get(colour).asInt();
            }
            assertThat(perDay).as(colour).isEqualTo(perNoc);
        }
    }
}

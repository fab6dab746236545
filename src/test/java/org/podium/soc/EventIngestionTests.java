package org.podium.soc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.podium.support.PodiumIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** NDJSON batches: stored and searchable; a malformed batch is refused with its line numbers and stores nothing. */
@PodiumIntegrationTest
class EventIngestionTests {

    @Autowired MockMvc mvc;

    @Test
    void aBatchIsStoredAndFoundByFieldAndTimeRange() throws Exception {
        var marker = UUID.randomUUID().toString();
        var from = Instant.now().minusSeconds(5);
        mvc.perform(post("/api/staff/soc/events").with(user("soc").roles("SOC_ANALYST")).contentType("application/x-ndjson")
                        .content("{\"host\":{\"name\":\"" + marker + "\"},\"message\":\"one\"}\n\n{\"host\":{\"name\":\"other\"},\"message\":\"two\"}\n"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.stored").value(2));
        mvc.perform(get("/api/staff/soc/events").with(user("soc").roles("SOC_ANALYST"))
                        .param("from", from.toString()).param("to", Instant.now().plusSeconds(5).toString())
                        .param("field", "host.name").param("value", marker))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].body").value(Matchers.containsString("one")));
        mvc.perform(get("/staff/soc/events").with(user("soc").roles("SOC_ANALYST")).param("field", "host.name").param("value", marker)
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(Matchers.containsString("1 events")));
    }

    @Test
    void filesOfJsonArraysOrNdjsonAreImportedAndABadElementRefusesTheFile() throws Exception {
        var marker = UUID.randomUUID().toString();
        var array = new org.springframework.mock.web.MockMultipartFile("file", "events.json", "application/json",
                ("[{\"tag\":\"" + marker + "\"},{\"tag\":\"" + marker + "\"}]").getBytes());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/staff/soc/events/import")
                        .file(array).with(user("soc").roles("SOC_ANALYST")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.stored").value(2));
        var bad = new org.springframework.mock.web.MockMultipartFile("file", "bad.json", "application/json",
                "[{\"a\":1}, 42, {\"b\":2}]".getBytes());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/staff/soc/events/import")
                        .file(bad).with(user("soc").roles("SOC_ANALYST")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.lines[0].line").value(2));
        var ndjson = new org.springframework.mock.web.MockMultipartFile("file", "events.ndjson", "application/x-ndjson",
                ("{\"tag\":\"" + marker + "\"}\n").getBytes());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/staff/soc/events/import")
                        .file(ndjson).with(user("soc").roles("SOC_ANALYST")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.stored").value(1));
    }

    @Test
    void aMalformedBatchIsRefusedWithItsLineNumbersAndNothingIsStored() throws Exception {
        var marker = UUID.randomUUID().toString();
        var from = Instant.now().minusSeconds(5);
        mvc.perform(post("/api/staff/soc/events").with(user("soc").roles("SOC_ANALYST")).contentType("application/x-ndjson")
                        .content("{\"tag\":\"" + marker + "\"}\n{not json\n[1,2]\n"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://podium.example/problems/batch-rejected"))
                .andExpect(jsonPath("$.lines[0].line").value(2))
                .andExpect(jsonPath("$.lines[1].line").value(3));
        mvc.perform(get("/api/staff/soc/events").with(user("soc").roles("SOC_ANALYST"))
                        .param("from", from.toString()).param("to", Instant.now().plusSeconds(5).toString())
                        .param("field", "tag").param("value", marker))
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(post("/api/staff/soc/events").with(user("fan").roles("TICKETING_MANAGER")).contentType("application/x-ndjson")
                .content("{}")).andExpect(status().isForbidden());
    }
}

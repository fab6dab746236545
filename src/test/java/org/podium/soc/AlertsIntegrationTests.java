package org.podium.soc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.podium.support.PodiumIntegrationTest;
import org.podium.soc.internal.SocTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/** Alerts on PostgreSQL: duplicates suppressed with their count kept; high alerts open one incident per key with a timeline. */
@PodiumIntegrationTest
class AlertsIntegrationTests {

    @Autowired SocTestSupport soc;

    @Test
    void duplicatesAreSuppressedAndHighAlertsShareTheirIncident() {
        var first = soc.raise("rule-x", "high", "{ip=203.0.113.9}");
        var again = soc.raise("rule-x", "high", "{ip=203.0.113.9}");
        var other = soc.raise("rule-x", "high", "{ip=198.51.100.1}");
        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(soc.suppressedCount(first)).isEqualTo(1);
        assertThat(soc.incidentOf(first)).isNotNull().isNotEqualTo(soc.incidentOf(other));
        assertThat(soc.timeline(soc.incidentOf(first))).anyMatch(c -> c.startsWith("opened by alert " + first));
        var low = soc.raise("rule-y", "medium", "{}");
        assertThat(soc.incidentOf(low)).isNull();

        // Merging moves the alerts; a closed incident takes comments only.
        soc.act(soc.incidentOf(other), "MERGE", String.valueOf(soc.incidentOf(first)));
        assertThat(soc.incidentOf(other)).isEqualTo(soc.incidentOf(first));
        soc.act(soc.incidentOf(first), "CLOSE", "false positive: load test");
        assertThatThrownBy(() -> soc.act(soc.incidentOf(first), "SEVERITY", "low")).hasMessageContaining("closed");
        soc.act(soc.incidentOf(first), "COMMENT", "reviewed");
        assertThat(soc.timeline(soc.incidentOf(first))).contains("closed: false positive: load test", "comment: reviewed");
    }

    @org.springframework.beans.factory.annotation.Autowired org.springframework.test.web.servlet.MockMvc mvc;

    @Test
    void anAnalystAcknowledgesThenClosesAnAlertAndTheIncidentTimelineSaysSo() throws Exception {
        var alert = soc.raise("status-" + java.util.UUID.randomUUID(), "high", "203.0.113.9");
        var analyst = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("analyst")
                .roles("SOC_ANALYST");
        var post = (java.util.function.Function<String, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder>)
                status -> org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/staff/soc/alerts/{id}/status", alert)
                        .with(analyst).contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"" + status + "\"}");

        mvc.perform(post.apply("ACKNOWLEDGED")).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.status").value("ACKNOWLEDGED"));
        mvc.perform(post.apply("ACKNOWLEDGED")).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isBadRequest());
        mvc.perform(post.apply("REOPENED")).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isBadRequest());
        mvc.perform(post.apply("CLOSED")).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());

        assertThat(soc.alertStatus(alert)).isEqualTo("CLOSED");
        assertThat(soc.timeline(soc.incidentOf(alert))).anySatisfy(c -> assertThat(c).contains("alert " + alert + " acknowledged"))
                .anySatisfy(c -> assertThat(c).contains("alert " + alert + " closed"));
    }
}

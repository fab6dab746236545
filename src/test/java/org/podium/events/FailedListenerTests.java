package org.podium.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;


import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.podium.audit.StaffActionPerformed;
import org.podium.platform.events.DurableEvents;
import org.podium.platform.events.EventPublications;
import org.podium.support.PodiumIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/**
 * A listener that throws leaves its publication FAILED with the error kept; it is resubmitted and
 * completes once it stops throwing; one that keeps failing stops being retried at the attempt
 * limit and is reported to administrators with its last error.
 */
@PodiumIntegrationTest
class FailedListenerTests {

    private static final String LISTENER = "%FlakyAuditConsumer%";

    @Autowired DurableEvents events;
    @Autowired EventPublications publications;
    @Autowired FlakyAuditConsumer consumer;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    @Test
    void aFailedPublicationIsResubmittedAndCompletesOnceTheListenerRecovers() {
        var target = "recovers-" + UUID.randomUUID();
        consumer.failing(true);
        events.publish(new StaffActionPerformed(FlakyAuditConsumer.ACTOR, "test.action", target, "", Instant.now()));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> "FAILED".equals(status(target)));
        assertThat(jdbc.sql("select last_error from platform.listener_failure where listener_id like :l").param("l", LISTENER)
                .query(String.class).single()).contains("consumer unavailable for");

        consumer.failing(false);
        publications.resubmitFailed();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> "COMPLETED".equals(status(target)));
        assertThat(jdbc.sql("select completion_attempts from event_publication where listener_id like :l and serialized_event like :t")
                .param("l", LISTENER).param("t", "%" + target + "%").query(Integer.class).single()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aListenerThatKeepsFailingIsGivenUpOnAndReportedWithItsLastError() throws Exception {
        var target = "never-" + UUID.randomUUID();
        consumer.failing(true);
        try {
            events.publish(new StaffActionPerformed(FlakyAuditConsumer.ACTOR + "-forever", "test.action", target, "", Instant.now()));
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> "FAILED".equals(status(target)));
            // podium.events.max-attempts is 3 in the tests: after three resubmissions it is left alone.
            for (var attempt = 1; attempt <= 3; attempt++) {
                publications.resubmitFailed();
                var expected = attempt;
                Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> attempts(target) >= expected && "FAILED".equals(status(target)));
            }
            var callsAtLimit = consumer.calls();
            publications.resubmitFailed();
            Thread.sleep(300); // nothing should be sent: give a wrong resubmission the time to show
            assertThat(consumer.calls()).as("no resubmission past the limit").isEqualTo(callsAtLimit);
            assertThat(publications.count("GAVE_UP")).isPositive();

            var registry = mvc.perform(get("/api/admin/events").with(user("admin").roles("ADMIN")))
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat((Integer) JsonPath.read(registry, "$.publications.GAVE_UP")).isPositive();
            assertThat(JsonPath.<java.util.List<String>>read(registry,
                    "$.listeners[?(@.listener =~ /.*FlakyAuditConsumer.*/ && @.status == 'FAILED')].lastError"))
                    .anySatisfy(error -> assertThat(error).contains("consumer unavailable for"));
            mvc.perform(get("/api/admin/events").with(user("fan@example.org").roles("FAN"))).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isForbidden());
        } finally {
            consumer.failing(false);
            publications.resubmitAllFailed();
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> "COMPLETED".equals(status(target)));
        }
    }

    private String status(String target) {
        return jdbc.sql("select coalesce(status, '') from event_publication where listener_id like :l and serialized_event like :t")
                .param("l", LISTENER).param("t", "%" + target + "%").query(String.class).optional().orElse("");
    }

    private int attempts(String target) {
        return jdbc.sql("select coalesce(completion_attempts, 0) from event_publication where listener_id like :l and serialized_event like :t")
                .param("l", LISTENER).param("t", "%" + target + "%").query(Integer.class).optional().orElse(0);
    }
}

package org.podium.soc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.podium.support.PodiumIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The ingestion pipeline under a burst: batches beyond what the evaluation queue holds are
 * answered 429 with Retry-After and nothing of them is stored; the sender sends them again; in
 * the end every event sent is stored exactly once and every batch evaluated (each batch's probe
 * raised its alert).
 */
@PodiumIntegrationTest
class IngestionPipelineTests {

    private static final int BATCHES = 12;
    private static final int EVENTS_PER_BATCH = 20_000;

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    private String batch(String source, int number) {
        var body = new StringBuilder(EVENTS_PER_BATCH * 140);
        for (var i = 0; i < EVENTS_PER_BATCH - 1; i++) {
            body.append("{\"logsource\":{\"product\":\"podium\",\"service\":\"accounts\"},\"event\":\"sign-in\",\"outcome\":\"success\",")
                    .append("\"user\":\"u").append(number).append('-').append(i).append("@example.org\",\"source\":{\"ip\":\"10.9.")
                    .append(number).append('.').append(i % 250).append("\"}}\n");
        }
        body.append("{\"logsource\":{\"product\":\"podium\",\"service\":\"ticketing\"},\"event\":\"payment-webhook-refused\",")
                .append("\"order\":\"").append(source).append('-').append(number).append("\",\"payment\":\"burst\",\"reason\":\"probe\"}\n");
        return body.toString();
    }

    @Test
    void aBurstBeyondTheQueueIsToldToWaitAndNothingIsLostOrStoredTwice() throws Exception {
        var source = "burst-" + UUID.randomUUID();
        var refused = new AtomicInteger();
        var retryAfters = new ArrayList<String>();
        try (var senders = Executors.newVirtualThreadPerTaskExecutor()) {
            for (var b = 0; b < BATCHES; b++) {
                var body = batch(source, b);
                senders.submit(() -> {
                    while (true) {
                        var response = mvc.perform(post("/api/staff/soc/events").param("source", source)
                                .with(user("soc").roles("SOC_ANALYST")).contentType("application/x-ndjson").content(body))
                                .andReturn().getResponse();
                        if (response.getStatus() == 429) {
                            refused.incrementAndGet();
                            synchronized (retryAfters) {
                                retryAfters.add(response.getHeader("Retry-After"));
                            }
                            assertThat(response.getContentAsString()).contains("soc-queue-full");
                            Thread.sleep(200);
                            continue;
                        }
                        assertThat(response.getStatus()).isEqualTo(200);
                        return null;
                    }
                });
            }
        }
        assertThat(refused.get()).as("a burst of %d batches of %d events at once exceeds the queue", BATCHES, EVENTS_PER_BATCH)
                .isPositive();
        assertThat(retryAfters).allSatisfy(seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
        assertThat(jdbc.sql("select count(*) from soc.event where source = :source").param("source", source).query(Long.class).single())
                .isEqualTo((long) BATCHES * EVENTS_PER_BATCH);
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(jdbc.sql("select count(*) from soc.pending_batch where source = :source").param("source", source)
                    .query(Long.class).single()).isZero();
            assertThat(jdbc.sql("select count(*) from soc.alert where group_key like :group").param("group", "%" + source + "%")
                    .query(Long.class).single()).isEqualTo(BATCHES);
        });
    }
}

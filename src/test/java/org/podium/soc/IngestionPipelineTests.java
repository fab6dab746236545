package org.podium.soc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.podium.support.PodiumIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

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

    @Autowired JdbcClient jdbc;
    @Autowired org.podium.accounts.internal.DemoAccounts demo;
    @org.springframework.boot.test.web.server.LocalServerPort int port;
    private final HttpClient http = HttpClient.newHttpClient();

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

    /** A staff API token of the demo SOC analyst, as a collector sends with. */
    private String token() throws Exception {
        var soc = demo.issued().stream().filter(c -> c.username().equals("soc")).findFirst().orElseThrow();
        var basic = "Basic " + Base64.getEncoder().encodeToString((soc.username() + ":" + soc.password()).getBytes(StandardCharsets.UTF_8));
        var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/staff/tokens"))
                .header("Authorization", basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"label\":\"burst test\",\"days\":1}")).build(), HttpResponse.BodyHandlers.ofString());
        var token = java.util.regex.Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        assertThat(token.find()).as(response.body()).isTrue();
        return "Bearer " + token.group(1);
    }

    // Over real HTTP: MockMvc keeps every request of a test (to print them on failure), and a
    // burst's retries of 3 MB batches would fill the heap.
    @Test
    void aBurstBeyondTheQueueIsToldToWaitAndNothingIsLostOrStoredTwice() throws Exception {
        var source = "burst-" + UUID.randomUUID();
        var auth = token();
        var refused = new AtomicInteger();
        var retryAfters = new java.util.concurrent.ConcurrentLinkedQueue<String>();
        var sent = new ArrayList<java.util.concurrent.Future<?>>();
        try (var senders = Executors.newVirtualThreadPerTaskExecutor()) {
            for (var b = 0; b < BATCHES; b++) {
                var body = batch(source, b);
                sent.add(senders.submit(() -> {
                    while (true) {
                        var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/staff/soc/events?source=" + source))
                                .header("Authorization", auth).header("Content-Type", "application/x-ndjson")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() == 429) {
                            refused.incrementAndGet();
                            var retryAfter = response.headers().firstValue("Retry-After").orElseThrow();
                            retryAfters.add(retryAfter);
                            assertThat(response.body()).contains("soc-queue-full");
                            Thread.sleep(Duration.ofSeconds(Long.parseLong(retryAfter)));
                            continue;
                        }
                        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                        return null;
                    }
                }));
            }
        }
        for (var batch : sent) {
            batch.get(); // a sender's failure fails the test
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

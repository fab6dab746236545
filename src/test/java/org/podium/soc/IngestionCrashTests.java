package org.podium.soc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crash during ingestion loses no acknowledged batch: the platform runs in a process of its
 * own (the packaged application's main class, its own embedded PostgreSQL in a data directory),
 * a sender posts batches, the platform is killed with SIGKILL mid-stream, and started again on the
 * same data directory. Every batch that was answered 200 before the kill is then stored exactly
 * once and evaluated (its probe raised its alert, possibly after the restart, from the pending
 * batches).
 */
class IngestionCrashTests {

    private static final int EVENTS_PER_BATCH = 10_000;
    private static final int PART = 1000;
    private static final Pattern PASSWORD = Pattern.compile("^\\s+soc\\s+(\\S+)\\s+\\[?SOC_ANALYST", Pattern.MULTILINE);

    @TempDir Path work;
    private Process platform;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @AfterEach
    void stop() throws Exception {
        if (platform != null && platform.isAlive()) {
            platform.destroy();
            platform.waitFor(60, TimeUnit.SECONDS);
        }
    }

    private Process start(int port, Path log) throws IOException {
        var java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-Xmx768m", "-cp", System.getProperty("java.class.path"),
                "-Dpodium.data-dir=" + work.resolve("data"), "-Dserver.port=" + port, "-Dpodium.results.feed.load-on-start=false",
                // A backlog of stored but not yet evaluated batches at the kill: one evaluator,
                // allowed to fall well behind.
                "-Dpodium.soc.evaluators=1", "-Dpodium.soc.max-backlog=60s",
                // No 300,000 demo applicants generated in the background while the restart is measured.
                "-Dpodium.workforce.demo-applicants=0",
                "-Dpodium.soc.queue-events=2000000",
                "org.podium.PodiumApplication")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private String awaitPassword(Path log) {
        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(300))
                .until(() -> PASSWORD.matcher(Files.readString(log)).find() || !platform.isAlive());
        assertThat(platform.isAlive()).as("the platform started; its log: %s", log).isTrue();
        var matcher = PASSWORD.matcher(uncheckedRead(log));
        String password = null;
        while (matcher.find()) {
            password = matcher.group(1);
        }
        return password;
    }

    private static String uncheckedRead(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Failed sign-ins, which Podium's rules and correlations evaluate (a batch takes the one
     * evaluator a while), marked in parts of {@value #PART} by the account name, an indexed field
     * the check can count exactly; the last event is the batch's probe, which raises an alert.
     */
    private static String batch(int number) {
        var body = new StringBuilder();
        for (var i = 0; i < EVENTS_PER_BATCH - 1; i++) {
            body.append("{\"logsource\":{\"product\":\"podium\",\"service\":\"accounts\"},\"event\":\"sign-in\",\"outcome\":\"failure\",")
                    .append("\"user\":\"crash-").append(number).append('-').append(i / PART).append("\",\"source\":{\"ip\":\"10.")
                    .append(number % 250).append('.').append(i % 250).append('.').append(i / 250).append("\"}}\n");
        }
        body.append("{\"logsource\":{\"product\":\"podium\",\"service\":\"ticketing\"},\"event\":\"payment-webhook-refused\",")
                .append("\"user\":\"crash-").append(number).append('-').append((EVENTS_PER_BATCH - 1) / PART)
                .append("\",\"order\":\"crash-").append(number).append("\",\"payment\":\"crash\",\"reason\":\"probe\"}\n");
        return body.toString();
    }

    private int queued(String base, String auth) throws Exception {
        var status = http.send(HttpRequest.newBuilder(URI.create(base + "/api/staff/soc/pipeline")).header("Authorization", auth).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        var matcher = Pattern.compile("\"queuedEvents\"\\s*:\\s*(\\d+)").matcher(status);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }

    @Test
    void aSigkillDuringIngestionLosesNoAcknowledgedBatch() throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var base = "http://127.0.0.1:" + port;
        platform = start(port, work.resolve("first.log"));
        var basic = "Basic " + Base64.getEncoder().encodeToString(("soc:" + awaitPassword(work.resolve("first.log")))
                .getBytes(StandardCharsets.UTF_8));
        var from = Instant.now().minusSeconds(60);

        var acknowledged = new CopyOnWriteArrayList<Integer>();
        var senders = new ArrayList<Thread>();
        for (var s = 0; s < 4; s++) {
            var first = s * 100_000;
            senders.add(Thread.ofVirtual().start(() -> {
                for (var n = first; ; n++) {
                    try {
                        var response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/staff/soc/events?source=crash"))
                                .header("Authorization", basic).header("Content-Type", "application/x-ndjson")
                                .POST(HttpRequest.BodyPublishers.ofString(batch(n))).build(), HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() == 200) {
                            acknowledged.add(n);
                        }
                    } catch (IOException | InterruptedException gone) {
                        return; // the platform was killed mid-request: that batch was not acknowledged
                    }
                }
            }));
        }
        // Killed once several acknowledged batches wait for the rules.
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(50))
                .until(() -> acknowledged.size() >= 8 && queued(base, basic) >= 3 * EVENTS_PER_BATCH);
        platform.destroyForcibly(); // SIGKILL: no shutdown hook, no graceful stop
        platform.waitFor(30, TimeUnit.SECONDS);
        for (var sender : senders) {
            sender.join(Duration.ofSeconds(30));
        }
        var acked = List.copyOf(acknowledged);

        platform = start(port, work.resolve("second.log"));
        var restarted = "Basic " + Base64.getEncoder().encodeToString(("soc:" + awaitPassword(work.resolve("second.log")))
                .getBytes(StandardCharsets.UTF_8));
        assertThat(uncheckedRead(work.resolve("second.log")))
                .as("the kill left batches stored but not evaluated, which the restart evaluates")
                .containsPattern("Evaluating [1-9][0-9]* batch\\(es\\) of security events stored before the last stop");
        var to = Instant.now().plusSeconds(60);
        for (var n : acked) {
            for (var part = 0; part < EVENTS_PER_BATCH / PART; part++) {
                var found = http.send(HttpRequest.newBuilder(URI.create(base + "/api/staff/soc/events?from=" + from + "&to=" + to
                        + "&field=user&value=crash-" + n + "-" + part + "&limit=1000")).header("Authorization", restarted).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(found.statusCode()).isEqualTo(200);
                assertThat(Pattern.compile("\"receivedAt\"").matcher(found.body()).results().count())
                        .as("acknowledged batch %d, part %d, stored whole, once", n, part).isEqualTo(PART);
            }
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            var alerts = http.send(HttpRequest.newBuilder(URI.create(base + "/api/staff/soc/alerts?limit=1000"))
                    .header("Authorization", restarted).build(), HttpResponse.BodyHandlers.ofString()).body();
            var missing = new ArrayList<Integer>();
            for (var n : acked) {
                if (!alerts.contains("order=crash-" + n + ",")) {
                    missing.add(n);
                }
            }
            assertThat(missing).as("acknowledged batches whose probe raised no alert").isEmpty();
        });
    }
}

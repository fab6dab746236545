package org.podium.soc.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.ConcurrentHistogram;

/**
 * HTTP ingestion end to end against a running platform (loopback only): clients post NDJSON
 * batches of sign-in events (one address in fifty sprays many accounts) to
 * /api/staff/soc/events; each batch is stored in PostgreSQL and run through the rules and
 * correlations before the answer, so a batch's latency bounds the latency of the alerts it
 * raises. Prints events/s and the batch latency percentiles.
 * Run with {@code bench/soc-ingest.sh [clients] [batches per client] [events per batch]}.
 */
public final class IngestLoad {

    public static void main(String[] given) throws Exception {
        var args = given.length == 1 ? given[0].trim().split("\\s+") : given;
        var base = args[0];
        var clients = Integer.parseInt(args[1]);
        var batches = Integer.parseInt(args[2]);
        var size = Integer.parseInt(args[3]);
        var auth = "Basic " + Base64.getEncoder().encodeToString((args[4] + ":" + args[5]).getBytes(StandardCharsets.UTF_8));
        if (!URI.create(base).getHost().matches("127\\.\\d+\\.\\d+\\.\\d+|localhost")) {
            throw new IllegalArgumentException("This load runs against this machine only (loopback), not " + base);
        }
        var http = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor()).connectTimeout(Duration.ofSeconds(10)).build();
        var latency = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(5), 3);
        var events = new AtomicLong();
        var failed = new AtomicLong();
        var start = System.nanoTime();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (var c = 0; c < clients; c++) {
                var client = c;
                pool.submit(() -> {
                    for (var b = 0; b < batches; b++) {
                        var body = new StringBuilder();
                        for (var i = 0; i < size; i++) {
                            var sprayer = i % 50 == 0;
                            body.append("{\"event\":\"sign-in\",\"kind\":\"FAN\",\"outcome\":\"failure\",\"user\":\"user")
                                    .append(client).append('-').append(b).append('-').append(i).append("@example.org\",\"source\":{\"ip\":\"")
                                    .append(sprayer ? "203.0.113." + client : "198.51." + (i % 200) + "." + (b % 250)).append("\"}}\n");
                        }
                        var sent = System.nanoTime();
                        var response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/staff/soc/events?source=load"))
                                .header("Authorization", auth).header("Content-Type", "application/x-ndjson")
                                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
                        latency.recordValue((System.nanoTime() - sent) / 1000);
                        if (response.statusCode() == 200) {
                            events.addAndGet(size);
                        } else {
                            failed.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
        }
        var seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%nINGESTION: %,d events in %.1f s = %,.0f events/s stored and evaluated (%d clients, batches of %d); %d batches refused%n",
                events.get(), seconds, events.get() / seconds, clients, size, failed.get());
        System.out.printf("  batch latency (bounds the alert latency): p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                latency.getValueAtPercentile(50) / 1000.0, latency.getValueAtPercentile(99) / 1000.0, latency.getMaxValue() / 1000.0);
    }
}

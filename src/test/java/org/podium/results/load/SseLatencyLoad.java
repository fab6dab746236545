package org.podium.results.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import org.HdrHistogram.ConcurrentHistogram;

/**
 * From a result accepted by the API to the SSE event received by every subscriber.
 * Opens N subscriptions to /api/results/stream on a running platform (loopback only), sends a
 * start list and then M live messages for one unit as a venue operator would, and records for
 * each subscriber and message the delay between the server's acceptance instant (in the event)
 * and its arrival. Prints the histogram's percentiles. Bounded: it stops after M messages.
 *
 * <p>Run with {@code bench/sse-latency.sh [subscribers] [messages]}.
 */
public final class SseLatencyLoad {

    private static final Pattern AT = Pattern.compile("\"at\":\"([^\"]+)\"");

    public static void main(String[] given) throws Exception {
        // Maven passes the arguments as one string.
        var args = given.length == 1 ? given[0].trim().split("\\s+") : given;
        var base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        var subscribers = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        var messages = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        var user = args.length > 3 ? args[3] : "results";
        var password = args.length > 4 ? args[4] : "";
        var unit = args.length > 5 ? args[5] : "ATHM800M--------------FNL-000100--";
        if (!URI.create(base).getHost().matches("127\\.\\d+\\.\\d+\\.\\d+|localhost|\\[::1]")) {
            throw new IllegalArgumentException("This load runs against this machine only (loopback), not " + base);
        }

        var histogram = new ConcurrentHistogram(TimeUnit.SECONDS.toMicros(60), 3);
        var connected = new CountDownLatch(subscribers);
        var received = new AtomicLong();
        var client = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor())
                .connectTimeout(Duration.ofSeconds(30)).build();
        for (var i = 0; i < subscribers; i++) {
            var request = HttpRequest.newBuilder(URI.create(base + "/api/results/stream")).build();
            // A non-blocking line subscriber: 10,000 blocked readers would exhaust the carrier threads.
            client.sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(new Flow.Subscriber<String>() {
                @Override
                public void onSubscribe(Flow.Subscription subscription) {
                    connected.countDown();
                    subscription.request(Long.MAX_VALUE);
                }

                @Override
                public void onNext(String line) {
                    if (line.startsWith("data:") && line.contains(unit)) {
                        var at = AT.matcher(line);
                        if (at.find()) {
                            var micros = Duration.between(Instant.parse(at.group(1)), Instant.now()).toNanos() / 1000;
                            histogram.recordValue(Math.max(0, micros));
                            received.incrementAndGet();
                        }
                    }
                }

                @Override
                public void onError(Throwable error) {
                }

                @Override
                public void onComplete() {
                }
            }));
        }
        if (!connected.await(120, TimeUnit.SECONDS)) {
            System.out.printf("only %d of %d subscribers connected%n", subscribers - connected.getCount(), subscribers);
        }
        System.out.printf("%d subscribers connected%n", subscribers - connected.getCount());

        var auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        post(client, base, unit, auth, """
                {"status":"START_LIST","entries":[
                  {"competitorCode":"L1","competitorName":"Runner One","noc":"KEN","resultType":"TIME"},
                  {"competitorCode":"L2","competitorName":"Runner Two","noc":"CAN","resultType":"TIME"}]}""");
        Thread.sleep(2000);
        histogram.reset();
        received.set(0);
        for (var m = 0; m < messages; m++) {
            post(client, base, unit, auth, """
                    {"status":"LIVE","entries":[{"competitorCode":"L1","value":"1:4%d.%02d"},
                      {"competitorCode":"L2","value":"1:42.00"}]}""".formatted(m % 10, m));
            Thread.sleep(500);
        }
        Thread.sleep(3000);
        System.out.printf("events received: %d of %d%n", received.get(), (long) subscribers * messages);
        System.out.printf("latency ms: p50 %.1f  p90 %.1f  p99 %.1f  p99.9 %.1f  max %.1f%n",
                histogram.getValueAtPercentile(50) / 1000.0, histogram.getValueAtPercentile(90) / 1000.0,
                histogram.getValueAtPercentile(99) / 1000.0, histogram.getValueAtPercentile(99.9) / 1000.0,
                histogram.getMaxValue() / 1000.0);
        System.exit(0);
    }

    private static void post(HttpClient client, String base, String unit, String auth, String json) throws Exception {
        var response = client.send(HttpRequest.newBuilder(URI.create(base + "/api/staff/results/units/" + unit))
                .header("Authorization", auth).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("result refused: " + response.statusCode() + " " + response.body());
        }
    }
}

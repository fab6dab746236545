package org.podium.results.load;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import org.HdrHistogram.ConcurrentHistogram;

/**
 * From a result accepted by the API to the SSE event received by every subscriber.
 * Opens N subscriptions to /api/results/stream on a running platform (loopback only), sends a
 * start list and then M live messages for one unit as a venue operator would, and records for
 * each subscriber and message the delay between the server's acceptance instant (in the event)
 * and its arrival. Prints the histogram's percentiles. Bounded: it stops after M messages (after W
 * warm-up messages that are not measured, when given).
 *
 * <p>Run with {@code bench/sse-latency.sh [subscribers] [messages]}.
 */
public final class SseLatencyLoad {

    private static final int READERS = 2;
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
        var warmUp = args.length > 6 ? Integer.parseInt(args[6]) : 0;
        if (!URI.create(base).getHost().matches("127\\.\\d+\\.\\d+\\.\\d+|localhost|\\[::1]")) {
            throw new IllegalArgumentException("This load runs against this machine only (loopback), not " + base);
        }

        var histogram = new ConcurrentHistogram(TimeUnit.SECONDS.toMicros(60), 3);
        var received = new AtomicLong();
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
        var address = new InetSocketAddress(URI.create(base).getHost(), URI.create(base).getPort());
        var readers = new ArrayList<StreamReader>();
        for (var r = 0; r < READERS; r++) {
            readers.add(new StreamReader(address, unit, histogram, received));
        }
        for (var i = 0; i < subscribers; i++) {
            readers.get(i % READERS).open();
        }
        readers.forEach(reader -> Thread.ofPlatform().daemon().name("sse-reader").start(reader));
        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (readers.stream().mapToInt(StreamReader::connected).sum() < subscribers && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        System.out.printf("%d subscribers connected%n", readers.stream().mapToInt(StreamReader::connected).sum());

        var auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        post(client, base, unit, auth, """
                {"status":"START_LIST","entries":[
                  {"competitorCode":"L1","competitorName":"Runner One","noc":"KEN","resultType":"TIME"},
                  {"competitorCode":"L2","competitorName":"Runner Two","noc":"CAN","resultType":"TIME"}]}""");
        Thread.sleep(2000);
        // Warm-up messages, not measured: the JIT compiles the write path and the collector promotes
        // the 10,000 connections' buffers (young pauses of 100-180 ms right after they connect).
        for (var m = 0; m < warmUp; m++) {
            post(client, base, unit, auth, """
                    {"status":"LIVE","entries":[{"competitorCode":"L1","value":"1:43.%02d"},
                      {"competitorCode":"L2","value":"1:42.00"}]}""".formatted(m % 100));
            Thread.sleep(500);
        }
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

    /**
     * Reads many event streams on one thread with a selector, as a broadcaster's gateway would:
     * raw HTTP/1.1, bytes scanned for complete events, no per-line objects. The JDK's HttpClient,
     * used before, spent more of the two shared cores than the server it measured.
     */
    private static final class StreamReader implements Runnable {

        private final InetSocketAddress address;
        private final Selector selector;
        private final String unit;
        private final ConcurrentHistogram histogram;
        private final AtomicLong received;
        private final AtomicInteger connected = new AtomicInteger();
        private final ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 16);
        private final byte[] bytes = new byte[1 << 16];

        StreamReader(InetSocketAddress address, String unit, ConcurrentHistogram histogram, AtomicLong received) throws IOException {
            this.address = address;
            this.selector = Selector.open();
            this.unit = unit;
            this.histogram = histogram;
            this.received = received;
        }

        int connected() {
            return connected.get();
        }

        void open() throws IOException {
            var channel = SocketChannel.open(address);
            channel.write(ByteBuffer.wrap(("GET /api/results/stream HTTP/1.1\r\nHost: " + address.getHostString() + ":" + address.getPort()
                    + "\r\nAccept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII)));
            channel.configureBlocking(false);
            channel.register(selector, SelectionKey.OP_READ, new StringBuilder());
        }

        @Override
        public void run() {
            try {
                while (true) {
                    selector.select(key -> read(key));
                }
            } catch (IOException | RuntimeException e) {
                System.out.println("reader stopped: " + e);
            }
        }

        private void read(SelectionKey key) {
            var channel = (SocketChannel) key.channel();
            var pending = (StringBuilder) key.attachment();
            try {
                buffer.clear();
                var n = channel.read(buffer);
                if (n < 0) {
                    key.cancel();
                    channel.close();
                    return;
                }
                var now = Instant.now();
                buffer.flip();
                buffer.get(bytes, 0, n);
                pending.append(new String(bytes, 0, n, StandardCharsets.ISO_8859_1));
                events(pending, now);
            } catch (IOException e) {
                key.cancel();
            }
        }

        /** Takes every complete event ("\n\n"-terminated) off the front of what was read. */
        private void events(StringBuilder pending, Instant now) {
            int end;
            while ((end = pending.indexOf("\n\n")) >= 0) {
                var event = pending.substring(0, end);
                pending.delete(0, end + 2);
                if (event.contains(": connected")) {
                    connected.incrementAndGet();
                } else if (event.contains(unit)) {
                    var at = AT.matcher(event);
                    if (at.find()) {
                        var micros = Duration.between(Instant.parse(at.group(1)), now).toNanos() / 1000;
                        histogram.recordValue(Math.max(0, micros));
                        received.incrementAndGet();
                    }
                }
            }
        }
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

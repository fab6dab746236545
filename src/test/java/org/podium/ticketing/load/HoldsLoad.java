package org.podium.ticketing.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import org.HdrHistogram.ConcurrentHistogram;
import org.podium.ticketing.internal.sale.Holds;

/**
 * Holds per second on one hot session over HTTP, as fans would send them, against a running
 * platform on this machine (loopback only). Each simulated fan has its own account and signed-in
 * session. Two parts:
 * <ol>
 * <li><b>Rate</b>: for D seconds every client holds 2 best-available seats of a random category,
 *     then gives them back, again and again; every hold's latency goes into a histogram. The load
 *     keeps a set of the seats its clients hold: a seat handed to two clients at once counts as
 *     oversold (a seat leaves the set before its release is sent).</li>
 * <li><b>Sell-out</b>: every client holds seats of a second session until it is sold out; the
 *     seats held must all differ and add up to what the server said was for sale.</li>
 * </ol>
 * Run with {@code bench/holds-load.sh [clients] [seconds]}.
 */
public final class HoldsLoad {

    private static final Pattern HOLD_ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final Pattern SEAT = Pattern.compile("\"seat\":\"(S\\d\\d-R\\d\\d-\\d\\d)\"");
    private static final Pattern FREE = Pattern.compile("\"free\":(\\d+)");

    private final String base;
    private final HttpClient http;

    private HoldsLoad(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(30)).build();
    }

    public static void main(String[] given) throws Exception {
        var args = given.length == 1 ? given[0].trim().split("\\s+") : given;
        var base = args[0];
        var clients = Integer.parseInt(args[1]);
        var seconds = Integer.parseInt(args[2]);
        var staff = args[3] + ":" + args[4];
        var hot = args[5];
        var sellOut = args[6];
        if (!URI.create(base).getHost().matches("127\\.\\d+\\.\\d+\\.\\d+|localhost")) {
            throw new IllegalArgumentException("This load runs against this machine only (loopback), not " + base);
        }
        new HoldsLoad(base).run(clients, seconds, staff, hot, sellOut);
    }

    /**
     * Watches the rate of hold requests in 5-second windows; once two windows in a row are within
     * 10 % of each other (or after two minutes), measuring starts and lasts {@code seconds}.
     */
    private static void warmUp(AtomicLong attempts, AtomicLong warmUntil, AtomicLong endAt, int seconds) {
        var started = System.nanoTime();
        var previous = -1.0;
        try {
            while (true) {
                var before = attempts.get();
                Thread.sleep(5_000);
                var rate = (attempts.get() - before) / 5.0;
                var elapsed = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
                System.out.printf("  warm-up %3d s: %.0f requests/s%n", elapsed, rate);
                if ((previous > 0 && Math.abs(rate - previous) <= 0.1 * previous) || elapsed >= 120) {
                    var now = System.nanoTime();
                    warmUntil.set(now);
                    endAt.set(now + TimeUnit.SECONDS.toNanos(seconds));
                    System.out.printf("  stable after %d s: measuring %d s%n", elapsed, seconds);
                    return;
                }
                previous = rate;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run(int clients, int seconds, String staff, String hot, String sellOut) throws Exception {
        var now = java.time.Instant.now();
        for (var session : List.of(hot, sellOut)) {
            var phase = "{\"name\":\"Load " + session + "\",\"access\":\"OPEN\",\"opensAt\":\"2024-01-01T00:00:00Z\","
                    + "\"closesAt\":\"2024-12-31T00:00:00Z\",\"sessions\":[\"" + session + "\"]}";
            var created = http.send(HttpRequest.newBuilder(URI.create(base + "/api/staff/ticketing/phases"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(staff.getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(phase)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (created.statusCode() != 201) {
                throw new IllegalStateException("Could not open the sale of " + session + ": " + created.statusCode() + " " + created.body());
            }
        }
        System.out.printf("Signing in %d fans...%n", clients);
        var fans = new LoadFans(base, http).signIn(clients, now.toEpochMilli());
        System.out.printf("%d fans signed in in %d s%n", fans.size(), Duration.between(now, java.time.Instant.now()).toSeconds());

        // Part 1: hold and release on the hot session.
        var histogram = new ConcurrentHistogram(TimeUnit.SECONDS.toMicros(60), 3);
        var holdsDone = new AtomicLong();
        var refused = new ConcurrentHashMap<Integer, AtomicLong>();
        var heldNow = ConcurrentHashMap.<String>newKeySet();
        var oversold = new AtomicLong();
        // Warm-up until the rate is stable: the platform's JIT compiles for tens of seconds on two
        // cores, and a rate measured meanwhile says more about the compiler than about Podium.
        var attempts = new AtomicLong();
        var warmUntil = new AtomicLong(Long.MAX_VALUE);
        var endAt = new AtomicLong(Long.MAX_VALUE);
        var warmUp = Thread.ofPlatform().daemon().start(() -> warmUp(attempts, warmUntil, endAt, seconds));
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (var fan : fans) {
                pool.submit(() -> {
                    var categories = new String[] {"A", "B", "C", "D"};
                    var i = 0;
                    while (System.nanoTime() < endAt.get()) {
                        var body = "{\"items\":[{\"session\":\"" + hot + "\",\"category\":\"" + categories[i++ % 4] + "\",\"quantity\":2}]}";
                        var start = System.nanoTime();
                        var response = post(fan, "/api/fan/holds", body);
                        var micros = (System.nanoTime() - start) / 1000;
                        attempts.incrementAndGet();
                        if (response.statusCode() != 201) {
                            refused.computeIfAbsent(response.statusCode(), k -> new AtomicLong()).incrementAndGet();
                            continue;
                        }
                        var seats = seats(response.body());
                        for (var seat : seats) {
                            if (!heldNow.add(seat)) {
                                oversold.incrementAndGet();
                            }
                        }
                        if (start > warmUntil.get()) {
                            histogram.recordValue(micros);
                            holdsDone.incrementAndGet();
                        }
                        seats.forEach(heldNow::remove);
                        var id = HOLD_ID.matcher(response.body());
                        id.find();
                        delete(fan, "/api/fan/holds/" + id.group(1));
                    }
                    return null;
                });
            }
        }
        warmUp.join();
        System.out.printf("%nHOLD RATE on %s, %d clients, %d s measured after warm-up:%n", hot, clients, seconds);
        System.out.printf("  holds: %d = %.0f holds/s (each also released: %.0f requests/s)%n", holdsDone.get(),
                holdsDone.get() / (double) seconds, 2 * holdsDone.get() / (double) seconds);
        System.out.printf("  latency of a hold: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", histogram.getValueAtPercentile(50) / 1000.0,
                histogram.getValueAtPercentile(99) / 1000.0, histogram.getMaxValue() / 1000.0);
        System.out.printf("  refused: %s; seats held by two clients at once: %d%n", refused, oversold.get());

        // Part 2: sell a session out.
        var forSale = freeSeats(sellOut);
        var won = ConcurrentHashMap.<String>newKeySet();
        var duplicates = new AtomicLong();
        var sellStart = System.nanoTime();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (var fan : fans) {
                pool.submit(() -> {
                    var categories = new String[] {"A", "B", "C", "D"};
                    for (var round = 0; round < 12; round++) {
                        var body = "{\"items\":[{\"session\":\"" + sellOut + "\",\"category\":\"" + categories[round % 4] + "\",\"quantity\":1}]}";
                        var response = post(fan, "/api/fan/holds", body);
                        if (response.statusCode() == 201) {
                            for (var seat : seats(response.body())) {
                                if (!won.add(seat)) {
                                    duplicates.incrementAndGet();
                                }
                            }
                        }
                    }
                    return null;
                });
            }
        }
        var left = freeSeats(sellOut);
        System.out.printf("%nSELL-OUT of %s: %d seats for sale, %d held by %d fans in %.1f s, %d left free, %d seats given twice%n",
                sellOut, forSale, won.size(), clients, (System.nanoTime() - sellStart) / 1e9, left, duplicates.get());
        System.out.printf("  oversold: %d%n", Math.max(0, won.size() + left - forSale) + duplicates.get() + oversold.get());
    }

    private long freeSeats(String session) throws Exception {
        var body = http.send(HttpRequest.newBuilder(URI.create(base + "/api/tickets/sessions/" + session)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        var matcher = FREE.matcher(body);
        var free = 0L;
        while (matcher.find()) {
            free += Long.parseLong(matcher.group(1));
        }
        return free;
    }

    private static List<String> seats(String body) {
        var seats = new ArrayList<String>();
        var matcher = SEAT.matcher(body);
        while (matcher.find()) {
            seats.add(matcher.group(1));
        }
        return seats;
    }

    private HttpResponse<String> post(LoadFans.Fan fan, String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", fan.cookie())
                .header("X-CSRF-TOKEN", fan.csrf()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private void delete(LoadFans.Fan fan, String path) {
        send(HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", fan.cookie()).header("X-CSRF-TOKEN", fan.csrf())
                .DELETE().build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }


}

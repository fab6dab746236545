package org.podium.soc.load;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.HdrHistogram.Histogram;

/**
 * Event search over many stored events, against a running platform (loopback only). Fills the
 * event store once, straight in its PostgreSQL ({@code generate_series}, one statement per day:
 * far faster than ingesting them, and the search is what is measured), over the last {@code days}
 * days, each day in its own partition as the platform makes them; then runs searches through
 * the HTTP API, a time range of a few hours anywhere in those days and a field equal to a value
 * (the account, the client address, the host, the event id, and a field without an index), and
 * prints their latency.
 * Run with {@code bench/soc-search.sh [events=50000000] [days=10] [searches=200]}.
 */
public final class SearchLoad {

    public static void main(String[] given) throws Exception {
        var args = given.length == 1 ? given[0].trim().split("\\s+") : given;
        var base = args[0];
        var jdbcPort = Integer.parseInt(args[1]);
        var events = Long.parseLong(args[2]);
        var days = Integer.parseInt(args[3]);
        var searches = Integer.parseInt(args[4]);
        if (!URI.create(base).getHost().matches("127\\.\\d+\\.\\d+\\.\\d+|localhost")) {
            throw new IllegalArgumentException("This load runs against this machine only (loopback), not " + base);
        }
        var today = LocalDate.now(ZoneOffset.UTC);
        var first = today.minusDays(days - 1);
        try (var db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + jdbcPort + "/postgres", "postgres", "")) {
            var perDay = events / days;
            var started = System.nanoTime();
            for (var d = 0; d < days; d++) {
                var day = first.plusDays(d);
                try (var statement = db.createStatement()) {
                    statement.execute("create table if not exists soc.event_" + DateTimeFormatter.BASIC_ISO_DATE.format(day)
                            + " partition of soc.event for values from ('" + day + "T00:00:00Z') to ('" + day.plusDays(1) + "T00:00:00Z')");
                    // Events arrive in time order, as ingestion stores them, with their indexed fields in their
                    // columns as the platform fills them (V6__indexed_fields_as_columns.sql).
                    statement.execute("insert into soc.event (received_at, source, body, user_name, source_ip, computer, event_id)"
                            + " select at, 'search-load', body::json, body #>> '{user}', body #>> '{source,ip}', body #>> '{Computer}',"
                            + " body #>> '{EventID}' from (select timestamptz '" + day
                            + "T00:00:00Z' + ((n - 1) * 86400.0 / " + perDay + ") * interval '1 second' as at, jsonb_build_object("
                            + "'user', 'user' || (hashint4(n::int) & 1048575) || '@example.org',"
                            + "'source', jsonb_build_object('ip', '10.' || (hashint4(n::int + 1) & 255) || '.' || (hashint4(n::int + 2) & 255) || '.' || (hashint4(n::int + 3) & 255)),"
                            + "'Computer', 'WS-' || (hashint4(n::int + 4) & 4095), 'EventID', 4624 + (hashint4(n::int + 5) & 15),"
                            + "'LogonType', (hashint4(n::int + 6) & 7)) as body from generate_series(1, " + perDay + ") n) events");
                }
                System.out.printf("day %s: %,d events stored (%.0f s so far)%n", day, perDay, (System.nanoTime() - started) / 1e9);
            }
            try (var statement = db.createStatement()) {
                statement.execute("analyze soc.event");
                var count = statement.executeQuery("select count(*) from soc.event");
                count.next();
                System.out.printf("%,d events stored in %d daily partitions%n", count.getLong(1), days);
            }
        }
        var auth = ApiToken.issue(base, args[5], args[6]);
        var http = HttpClient.newHttpClient();
        var random = new Random(2024);
        String[] fields = {"user", "source.ip", "Computer", "EventID", "LogonType"};
        var span = Duration.ofDays(days).minusHours(4).toSeconds();
        for (var field : fields) {
            var latency = new Histogram(TimeUnit.MINUTES.toMicros(5), 3);
            var rows = 0L;
            for (var i = 0; i < searches; i++) {
                var from = first.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds((long) (random.nextDouble() * span));
                var to = from.plus(Duration.ofHours(4));
                var value = switch (field) {
                    case "user" -> "user" + random.nextInt(1 << 20) + "@example.org";
                    case "source.ip" -> "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(256);
                    case "Computer" -> "WS-" + random.nextInt(4096);
                    case "EventID" -> String.valueOf(4624 + random.nextInt(16));
                    default -> String.valueOf(random.nextInt(8));
                };
                var uri = URI.create(base + "/api/staff/soc/events?from=" + from + "&to=" + to + "&field=" + field + "&value="
                        + URLEncoder.encode(value, StandardCharsets.UTF_8) + "&limit=100");
                var sent = System.nanoTime();
                var response = http.send(HttpRequest.newBuilder(uri).header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofString());
                latency.recordValue((System.nanoTime() - sent) / 1000);
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(response.statusCode() + " " + response.body());
                }
                rows += Pattern.compile("\"receivedAt\"").matcher(response.body()).results().count();
            }
            System.out.printf("SEARCH %-10s 4 h window, %d searches: p50 %.1f ms, p99 %.1f ms, max %.1f ms (%.1f rows on average)%n", field,
                    searches, latency.getValueAtPercentile(50) / 1000.0, latency.getValueAtPercentile(99) / 1000.0,
                    latency.getMaxValue() / 1000.0, rows / (double) searches);
        }
    }
}

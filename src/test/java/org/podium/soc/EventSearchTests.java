package org.podium.soc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.podium.soc.internal.SocTestSupport;
import org.podium.support.PodiumIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The event search over partitions and indexes returns exactly what a sequential scan of the
 * same partitions returns, PostgreSQL reading each field from the stored text itself: events
 * spread over three days (today's and tomorrow's partitions and the default one), stored as
 * ingestion stores them (COPY) and as the platform's own events are, searched by time range
 * alone, by each indexed field and by a field without an index.
 */
@PodiumIntegrationTest
class EventSearchTests {

    @Autowired SocTestSupport soc;

    @Test
    void searchingThroughTheIndexesFindsWhatASequentialScanFinds() {
        var marker = UUID.randomUUID().toString().substring(0, 8);
        var random = new Random(2024);
        var start = Instant.now().minus(Duration.ofDays(1)).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        // Events arrive in batches sharing their arrival time: one every quarter of an hour here.
        var batches = new java.util.TreeMap<Instant, java.util.List<String>>();
        for (var i = 0; i < 3_000; i++) {
            var at = start.plusSeconds(900L * random.nextInt(3 * 24 * 4));
            var body = "{\"user\":\"" + marker + "-u" + random.nextInt(20) + "\",\"source\":{\"ip\":\"10.7." + random.nextInt(4) + "." + random.nextInt(5)
                    + "\"},\"Computer\":\"" + marker + "-pc" + random.nextInt(10) + "\",\"EventID\":" + (4624 + random.nextInt(3))
                    + ",\"tag\":\"" + marker + "-t" + random.nextInt(7) + "\"}";
            batches.computeIfAbsent(at, key -> new ArrayList<>()).add(body);
        }
        var copy = new java.util.concurrent.atomic.AtomicBoolean();
        batches.forEach((at, texts) -> soc.store("search-test", at, texts, copy.getAndSet(!copy.get())));
        var from = start.plus(Duration.ofHours(20));
        var to = start.plus(Duration.ofHours(50));
        String[][] searches = {{"user", marker + "-u3"}, {"source.ip", "10.7.2.1"}, {"Computer", marker + "-pc7"}, {"EventID", "4625"},
                {"tag", marker + "-t4"}};
        for (var search : searches) {
            var found = soc.search(from, to, search[0], search[1]);
            assertThat(found).as(search[0]).isNotEmpty().isEqualTo(soc.searchBySequentialScan(from, to, search[0], search[1]));
        }
        // Each indexed field is searched through its own index, on every partition of the range
        // (not a scan of the range filtered afterwards: that is what gets slow at 50 million events).
        var paths = java.util.Map.of("user", "user_name", "source.ip", "source_ip", "Computer", "computer", "EventID", "event_id");
        paths.forEach((field, path) -> {
            var plan = soc.searchPlan(from, to, field, "x");
            assertThat(plan).as(field).containsPattern("Index Cond: \\(+" + java.util.regex.Pattern.quote(path) + " = ")
                    .doesNotContain("Seq Scan");
        });
        var mine = soc.search(from, to, null, null).stream().filter(row -> row.contains(marker)).toList();
        assertThat(mine).isNotEmpty()
                .isEqualTo(soc.searchBySequentialScan(from, to, null, null).stream().filter(row -> row.contains(marker)).toList());
    }

    /**
     * The indexed fields' columns, which the platform fills as it reads each event, hold what
     * PostgreSQL's {@code #>>} reads from the stored text, for the shapes JSON allows: text with
     * escapes, numbers as written, true, null, objects and lists whole, a name given twice, a
     * {@code source} that is not an object, fields nested deeper or absent.
     */
    @Test
    void theIndexedColumnsHoldWhatPostgresqlReadsInTheText() {
        var source = "columns-" + UUID.randomUUID().toString().substring(0, 8);
        var texts = java.util.List.of(
                "{\"user\":\"ana@example.org\",\"source\":{\"ip\":\"203.0.113.7\"},\"Computer\":\"WS-1\",\"EventID\":4625}",
                "{\"user\":\"a\\\"b\\u00e9\\\\c\\td\",\"EventID\":1.50e3}",
                "{\"EventID\":-0,\"Computer\":1E+2,\"user\":true}",
                "{\"user\":null,\"source\":null,\"Computer\":false}",
                "{\"user\": { \"name\" : [1, 2] } ,\"Computer\":[ \"a\", {\"b\":null} ]}",
                "{\"user\":\"first\",\"user\":\"second\",\"source\":{\"ip\":\"1.1.1.1\"},\"source\":{\"ip\":\"2.2.2.2\"}}",
                "{\"user\":\"kept\",\"user\":null,\"source\":{\"ip\":\"3.3.3.3\"},\"source\":5}",
                "{\"source\":{\"ip\":\"4.4.4.4\"},\"source\":{\"port\":443}}",
                "{\"source\":[{\"ip\":\"5.5.5.5\"}],\"event\":{\"user\":\"nested\",\"source\":{\"ip\":\"6.6.6.6\"}}}",
                "{\"source\":{\"ip\":{\"v4\":\"7.7.7.7\"},\"geo\":{\"ip\":\"x\"}},\"EventID\":\"4624\"}",
                "{\"logsource\":{\"product\":\"windows\"},\"Computer\":\"ÉCOLE-Ω-\\ud83d\\ude00\"}",
                "{}");
        var at = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        soc.store(source, at, texts, true);
        soc.store(source, at, texts, false);
        assertThat(soc.search(at, at.plusSeconds(1), null, null).stream().filter(row -> texts.stream().anyMatch(row::endsWith)).count())
                .isGreaterThanOrEqualTo(texts.size() * 2L);
        assertThat(soc.indexedColumnsUnlikeTheirText(source)).isEmpty();
    }
}

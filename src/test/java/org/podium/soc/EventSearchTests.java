package org.podium.soc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
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
 * same partitions returns: events spread over three days (today's and tomorrow's partitions and
 * the default one), searched by time range alone, by each indexed field and by a field without
 * an index.
 */
@PodiumIntegrationTest
class EventSearchTests {

    @Autowired javax.sql.DataSource dataSource;
    @Autowired SocTestSupport soc;

    @Test
    void searchingThroughTheIndexesFindsWhatASequentialScanFinds() {
        var marker = UUID.randomUUID().toString().substring(0, 8);
        var random = new Random(2024);
        var start = Instant.now().minus(Duration.ofDays(1)).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        var rows = new ArrayList<Object[]>();
        for (var i = 0; i < 3_000; i++) {
            var at = start.plusSeconds(random.nextInt(3 * 24 * 3600));
            var body = "{\"user\":\"" + marker + "-u" + random.nextInt(20) + "\",\"source\":{\"ip\":\"10.7." + random.nextInt(4) + "." + random.nextInt(5)
                    + "\"},\"Computer\":\"" + marker + "-pc" + random.nextInt(10) + "\",\"EventID\":" + (4624 + random.nextInt(3))
                    + ",\"tag\":\"" + marker + "-t" + random.nextInt(7) + "\"}";
            rows.add(new Object[] {Timestamp.from(at), "search-test", body});
        }
        new org.springframework.jdbc.core.JdbcTemplate(dataSource).batchUpdate("insert into soc.event (received_at, source, body) values (?, ?, ?::jsonb)", rows);
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
        var paths = java.util.Map.of("user", "{user}", "source.ip", "{source,ip}", "Computer", "{Computer}", "EventID", "{EventID}");
        paths.forEach((field, path) -> {
            var plan = soc.searchPlan(from, to, field, "x");
            assertThat(plan).as(field).containsPattern("Index Cond: \\(+body #>> '" + java.util.regex.Pattern.quote(path) + "'")
                    .doesNotContain("Seq Scan");
        });
        var mine = soc.search(from, to, null, null).stream().filter(row -> row.contains(marker)).toList();
        assertThat(mine).isNotEmpty()
                .isEqualTo(soc.searchBySequentialScan(from, to, null, null).stream().filter(row -> row.contains(marker)).toList());
    }
}

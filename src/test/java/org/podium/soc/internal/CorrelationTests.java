package org.podium.soc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Correlation rules of each type, with windows that slide across their boundaries, and chains. */
class CorrelationTests {

    private static final Instant T0 = Instant.parse("2024-07-26T19:30:00Z");

    private static CorrelationRule correlation(String yaml) {
        var loaded = new ArrayList<SigmaRule>();
        var correlations = new ArrayList<CorrelationRule>();
        var refused = new ArrayList<RuleLoader.Refusal>();
        new RuleLoader(Map.of(), Map.of()).load(new StringReader(yaml), "c.yml", loaded, correlations, refused);
        assertThat(refused).isEmpty();
        return correlations.getFirst();
    }

    private static Correlator.Hit hit(String rule, int second, Map<String, Object> fields) {
        return new Correlator.Hit(rule, rule, SigmaEvent.of(fields), T0.plusSeconds(second));
    }

    private static List<Correlator.Fired> feed(Correlator correlator, List<Correlator.Hit> hits) {
        var fired = new ArrayList<Correlator.Fired>();
        hits.forEach(h -> correlator.accept(h, fired::add));
        return fired;
    }

    @Test
    void eventCountFiresWhenEnoughHitsFallInOneSlidingWindowPerGroup() {
        var rule = correlation("""
                title: Brute force
                id: c1
                correlation:
                  type: event_count
                  rules: [failed]
                  group-by: [user]
                  timespan: 60s
                  condition:
                    gte: 3
                """);
        var correlator = new Correlator(List.of(rule));
        // Three failures for alice spread over 61 s: the first slides out before the third comes.
        assertThat(feed(correlator, List.of(hit("failed", 0, Map.of("user", "alice")), hit("failed", 30, Map.of("user", "alice")),
                hit("failed", 61, Map.of("user", "alice"))))).isEmpty();
        // Bob's failures do not count for alice; a third within 60 s of the second does.
        assertThat(feed(correlator, List.of(hit("failed", 62, Map.of("user", "bob"))))).isEmpty();
        var fired = feed(correlator, List.of(hit("failed", 89, Map.of("user", "alice"))));
        assertThat(fired).hasSize(1);
        assertThat(fired.getFirst().group()).containsEntry("user", "alice");
        assertThat(fired.getFirst().hits()).isEqualTo(3);
        // The window starts again after firing.
        assertThat(feed(correlator, List.of(hit("failed", 90, Map.of("user", "alice"))))).isEmpty();
    }

    @Test
    void valueCountCountsDistinctValues() {
        var rule = correlation("""
                title: Password spraying
                id: c2
                correlation:
                  type: value_count
                  rules: [failed]
                  group-by: [ip]
                  timespan: 5m
                  condition:
                    field: user
                    gte: 3
                """);
        var correlator = new Correlator(List.of(rule));
        // The same user twice counts once; a slides out of the 5-minute window before c comes.
        assertThat(feed(correlator, List.of(hit("failed", 0, Map.of("ip", "1.2.3.4", "user", "a")),
                hit("failed", 1, Map.of("ip", "1.2.3.4", "user", "b")), hit("failed", 2, Map.of("ip", "1.2.3.4", "user", "b")),
                hit("failed", 301, Map.of("ip", "1.2.3.4", "user", "c")), hit("failed", 302, Map.of("ip", "5.6.7.8", "user", "d"))))).isEmpty();
        var fired = feed(correlator, List.of(hit("failed", 302, Map.of("ip", "1.2.3.4", "user", "e")))); // b@2, c, e
        assertThat(fired).hasSize(1);
        assertThat(fired.getFirst().group()).containsEntry("ip", "1.2.3.4");
    }

    @Test
    void temporalNeedsEveryRuleWithinTheSpanInAnyOrder() {
        var rule = correlation("""
                title: Recon
                id: c3
                correlation:
                  type: temporal
                  rules: [whoami, netstat, ipconfig]
                  group-by: [host]
                  timespan: 5m
                """);
        var correlator = new Correlator(List.of(rule));
        assertThat(feed(correlator, List.of(hit("netstat", 0, Map.of("host", "h")), hit("whoami", 100, Map.of("host", "h")),
                hit("ipconfig", 301, Map.of("host", "h"))))).isEmpty();       // netstat slid out
        assertThat(feed(correlator, List.of(hit("netstat", 302, Map.of("host", "h"))))).hasSize(1);
    }

    @Test
    void temporalOrderedNeedsTheRulesInOrder() {
        var rule = correlation("""
                title: Failures then success
                id: c4
                correlation:
                  type: temporal_ordered
                  rules: [failed, success]
                  group-by: [user]
                  timespan: 10m
                """);
        var correlator = new Correlator(List.of(rule));
        assertThat(feed(correlator, List.of(hit("success", 0, Map.of("user", "u")), hit("failed", 10, Map.of("user", "u"))))).isEmpty();
        assertThat(feed(correlator, List.of(hit("success", 20, Map.of("user", "u"))))).hasSize(1);
    }

    @Test
    void correlationsChainOnCorrelations() {
        var many = correlation("""
                title: Many failures
                id: c5
                name: many_failed
                correlation:
                  type: event_count
                  rules: [failed]
                  group-by: [user]
                  timespan: 1m
                  condition:
                    gte: 2
                """);
        var then = correlation("""
                title: Many failures then a success
                id: c6
                correlation:
                  type: temporal_ordered
                  rules: [many_failed, success]
                  group-by: [user]
                  timespan: 1h
                """);
        var correlator = new Correlator(List.of(many, then));
        var fired = feed(correlator, List.of(hit("failed", 0, Map.of("user", "u")), hit("failed", 5, Map.of("user", "u")),
                hit("success", 60, Map.of("user", "u"))));
        assertThat(fired).extracting(f -> f.rule().id()).containsExactly("c5", "c6");
    }

    @Test
    void whatCannotBeDecidedAsEventsArriveIsRefused() {
        assertThatThrownBy(() -> CorrelationParser.parse(Map.of("title", "x", "correlation",
                Map.of("type", "event_count", "rules", List.of("r"), "timespan", "1h", "condition", Map.of("lt", 3)))))
                .hasMessageContaining("lower bound");
        assertThatThrownBy(() -> CorrelationParser.parse(Map.of("title", "x", "correlation",
                Map.of("type", "value_percentile", "rules", List.of("r"), "timespan", "1h"))))
                .hasMessageContaining("value_percentile");
        assertThatThrownBy(() -> CorrelationParser.duration("1 fortnight")).hasMessageContaining("timespan");
    }

    private static final String BY_ADDRESS = """
            title: Failures from one address
            id: by-address
            correlation:
              type: event_count
              rules: [failed]
              group-by: [ip]
              timespan: 60s
              condition:
                gte: 3
            """;

    @Test
    void windowsOfGroupsThatWentQuietForTheirSpanAreDropped() {
        var correlator = new Correlator(List.of(correlation(BY_ADDRESS)));
        for (var i = 0; i < 1_000; i++) {
            correlator.accept(hit("failed", i, Map.of("ip", "10.0." + (i / 256) + "." + (i % 256))), f -> { });
        }
        // Event time went 1,000 s forward: only the addresses of the last 60 s may still complete a window.
        assertThat(correlator.stats().windows()).isBetween(60, 62);
        assertThat(correlator.stats().evictedQuiet()).isGreaterThanOrEqualTo(938);
    }

    @Test
    void aReplayOfOlderEventsStillCorrelatesWhileItGoesOn() {
        var correlator = new Correlator(List.of(correlation(BY_ADDRESS)));
        var fired = new ArrayList<Correlator.Fired>();
        // Today's events move the event time on (and their group fires, leaving no window behind) ...
        for (var i = 0; i < 3; i++) {
            correlator.accept(hit("failed", 1_000 + i, Map.of("ip", "198.51.100.1")), fired::add);
        }
        // ... then last week's log is replayed: its group's window is the only one, and older than that time.
        for (var i = 0; i < 3; i++) {
            correlator.accept(hit("failed", i, Map.of("ip", "10.9.9.9")), fired::add);
        }
        assertThat(fired).extracting(f -> f.group().get("ip")).containsExactly("198.51.100.1", "10.9.9.9");
    }

    @Test
    void beyondItsCapTheLeastRecentlyHitWindowsGoFirstAndABusyGroupStillFires() {
        var correlator = new Correlator(List.of(correlation(BY_ADDRESS)), 100);
        var fired = new ArrayList<Correlator.Fired>();
        correlator.accept(hit("failed", 0, Map.of("ip", "203.0.113.9")), fired::add);
        for (var i = 0; i < 10_000; i++) {
            correlator.accept(hit("failed", 1, Map.of("ip", "10.1." + (i / 256) + "." + (i % 256))), f -> { });
            if (i % 50 == 0) {
                correlator.accept(hit("failed", 2, Map.of("ip", "203.0.113.9")), fired::add);
            }
        }
        assertThat(correlator.stats().windows()).isEqualTo(100);
        assertThat(correlator.stats().evictedForRoom()).isGreaterThan(9_000);
        assertThat(fired).as("the attacker hit often enough to stay in memory").isNotEmpty();
    }

    @Test
    void whatFiredIsHandedOverOnceTheWindowsAreUnlocked() throws Exception {
        var correlator = new Correlator(List.of(correlation(BY_ADDRESS)));
        var otherThreadGotIn = new boolean[1];
        for (var i = 0; i < 3; i++) {
            correlator.accept(hit("failed", i, Map.of("ip", "198.51.100.1")), f -> {
                // Storing the alert takes time; another hit must not wait for it.
                var other = Thread.ofPlatform().start(() -> correlator.accept(hit("failed", 5, Map.of("ip", "198.51.100.2")), g -> { }));
                try {
                    other.join(2_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                otherThreadGotIn[0] = !other.isAlive();
            });
        }
        assertThat(otherThreadGotIn[0]).isTrue();
    }
}

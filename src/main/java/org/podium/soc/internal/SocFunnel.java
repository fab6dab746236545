package org.podium.soc.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * The SOC's funnel, from billions of events to a few hundred incidents: events stored, rule
 * matches, alerts opened, incidents opened, per hour of arrival (the last 24 hours, since the
 * platform started) for the board's chart, and the same as Prometheus counters
 * ({@code podium.soc.events}, {@code podium.soc.matches} per rule, {@code podium.soc.alerts} per
 * level, {@code podium.soc.incidents} per severity). Counted in memory where each step happens:
 * reading them costs no query over the event store.
 */
@Component
class SocFunnel {

    /** One hour of the funnel. */
    record Hour(Instant start, long events, long matches, long alerts, long incidents) {
        public long largest() {
            return Math.max(Math.max(events, matches), Math.max(alerts, incidents));
        }
    }

    /** A rule (by title) and how often it matched since start. */
    record RuleHits(String rule, long hits) {
    }

    private static final int EVENTS = 0, MATCHES = 1, ALERTS = 2, INCIDENTS = 3;

    private final Map<Instant, LongAdder[]> hours = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> byRule = new ConcurrentHashMap<>();
    private final Map<String, String> titles = new ConcurrentHashMap<>();
    private final MeterRegistry meters;
    private final Clock clock;

    SocFunnel(MeterRegistry meters, Clock clock) {
        this.meters = meters;
        this.clock = clock;
    }

    void stored(String source, int events) {
        meters.counter("podium.soc.events", "source", source).increment(events);
        add(EVENTS, events);
    }

    void matched(String rule, String title) {
        meters.counter("podium.soc.matches", "rule", rule).increment();
        titles.putIfAbsent(rule, title);
        byRule.computeIfAbsent(rule, r -> new LongAdder()).increment();
        add(MATCHES, 1);
    }

    void alertOpened(String level) {
        meters.counter("podium.soc.alerts", "level", level).increment();
        add(ALERTS, 1);
    }

    void incidentOpened(String severity) {
        meters.counter("podium.soc.incidents", "severity", severity).increment();
        add(INCIDENTS, 1);
    }

    /** The last 24 hours, oldest first, an hour with nothing included. */
    List<Hour> lastDay() {
        var now = clock.instant().truncatedTo(ChronoUnit.HOURS);
        hours.keySet().removeIf(h -> h.isBefore(now.minus(Duration.ofHours(48))));
        var day = new ArrayList<Hour>();
        for (var h = now.minus(Duration.ofHours(23)); !h.isAfter(now); h = h.plus(Duration.ofHours(1))) {
            var counts = hours.get(h);
            day.add(counts == null ? new Hour(h, 0, 0, 0, 0)
                    : new Hour(h, counts[EVENTS].sum(), counts[MATCHES].sum(), counts[ALERTS].sum(), counts[INCIDENTS].sum()));
        }
        return day;
    }

    /** One bar of the chart: its place, its height in percent of the tallest (log scale), its step and label. */
    record Bar(int x, int height, int step, String label) {
    }

    /**
     * The chart's bars, four per hour (events, matches, alerts, incidents). On a log scale: the
     * funnel spans six orders of magnitude, and a linear scale would show incidents as nothing.
     */
    static List<Bar> bars(List<Hour> day) {
        var scale = Math.log10(1 + Math.max(1, day.stream().mapToLong(Hour::largest).max().orElse(1)));
        var bars = new ArrayList<Bar>();
        for (var i = 0; i < day.size(); i++) {
            var hour = day.get(i);
            long[] counts = {hour.events(), hour.matches(), hour.alerts(), hour.incidents()};
            for (var step = 0; step < 4; step++) {
                var height = (int) Math.round(100 * Math.log10(1 + counts[step]) / scale);
                bars.add(new Bar(i * 20 + step * 4, height, step, counts[step] + ""));
            }
        }
        return bars;
    }

    /** How often a rule or correlation (by id) matched since start. */
    long hits(String rule) {
        var count = byRule.get(rule);
        return count == null ? 0 : count.sum();
    }

    List<RuleHits> topRules(int limit) {
        return byRule.entrySet().stream().map(e -> new RuleHits(titles.getOrDefault(e.getKey(), e.getKey()), e.getValue().sum()))
                .sorted(Comparator.comparingLong(RuleHits::hits).reversed()).limit(limit).toList();
    }

    private void add(int step, long count) {
        var counts = hours.computeIfAbsent(clock.instant().truncatedTo(ChronoUnit.HOURS),
                h -> new LongAdder[] {new LongAdder(), new LongAdder(), new LongAdder(), new LongAdder()});
        counts[step].add(count);
    }
}

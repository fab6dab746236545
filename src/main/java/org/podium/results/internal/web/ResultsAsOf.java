package org.podium.results.internal.web;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;

import org.jspecify.annotations.Nullable;
import org.podium.games.GamesClock;
import org.podium.results.internal.ProgrammeUnits;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether the results shown are ahead of the Games clock. The demo loads the whole official feed
 * at start while its clock may read 27 July: results pages then say that they show results "as of"
 * the feed, so that nobody reads a 9 August final as decided on the clock's day.
 */
@Component("resultsAsOf")
class ResultsAsOf {

    private static final Duration FRESH = Duration.ofSeconds(5);

    /** Results of {@code units} units the clock has not reached, the last scheduled at {@code lastStart}. */
    public record Ahead(int units, Instant lastStart, Instant gamesNow) {}

    private record Snapshot(Instant takenAt, java.util.Set<String> codes) {}

    private final JdbcClient jdbc;
    private final ProgrammeUnits units;
    private final GamesClock clock;
    private volatile @Nullable Snapshot withResults;

    ResultsAsOf(JdbcClient jdbc, ProgrammeUnits units, GamesClock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.clock = clock;
    }

    public @Nullable Ahead ahead() {
        var now = clock.now();
        var count = 0;
        Instant last = null;
        for (var code : codesWithResults()) {
            var unit = units.byCode().get(code);
            var start = unit == null ? null : unit.startsAt();
            if (start != null && start.isAfter(now)) {
                count++;
                last = last == null || start.isAfter(last) ? start : last;
            }
        }
        return last == null ? null : new Ahead(count, last, now);
    }

    private java.util.Set<String> codesWithResults() {
        var snapshot = withResults;
        if (snapshot == null || snapshot.takenAt().plus(FRESH).isBefore(Instant.now())) {
            var codes = new HashSet<>(jdbc.sql("select distinct unit_code from results.unit_version").query(String.class).list());
            snapshot = new Snapshot(Instant.now(), codes);
            withResults = snapshot;
        }
        return snapshot.codes();
    }
}

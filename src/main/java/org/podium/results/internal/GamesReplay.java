package org.podium.results.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.podium.audit.StaffActionPerformed;
import org.podium.games.GamesClock;
import org.podium.games.Programme;
import org.podium.games.Unit;
import org.podium.games.UnitQuery;
import org.podium.results.ResultMessage;
import org.podium.results.ResultRefused;
import org.podium.results.ResultStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Replays the real Paris 2024 results on the Games clock: the clock is set to just before the first
 * unit of the chosen window and runs at the chosen speed; each unit's start list and official
 * result go through the same live input path as a venue's, once its scheduled end has passed, so
 * pages, feeds and the medal table come alive as they did. Replaying starts from empty results;
 * when the replay ends, is stopped or is found cut short by a restart, the clock is set back.
 */
@Service
public class GamesReplay {

    private static final Logger log = LoggerFactory.getLogger(GamesReplay.class);
    static final String REPLAY = "replay";
    /** Bounds of a replay's window: the Games are in it, and PostgreSQL can store it. */
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

    /** Where a replay stands. */
    public record Status(boolean running, int units, int posted, int refused, @Nullable Instant gamesNow) {}

    private record Scheduled(Unit unit, List<FeedLine> lines) {}

    private final ResultsImporter importer;
    private final LiveResults live;
    private final Programme programme;
    private final GamesClock clock;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Replays replays;
    private final AtomicInteger posted = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private volatile @Nullable Thread runner;
    private volatile int total;
    private volatile long current;

    GamesReplay(ResultsImporter importer, LiveResults live, Programme programme, GamesClock clock, JdbcTemplate jdbc,
                ApplicationEventPublisher events, TransactionTemplate tx, Replays replays) {
        this.importer = importer;
        this.live = live;
        this.programme = programme;
        this.clock = clock;
        this.jdbc = jdbc;
        this.events = events;
        this.tx = tx;
        this.replays = replays;
    }

    /** Starts a replay of the units ending within [from, until) at {@code speed} times real time. */
    public synchronized Status start(String feedLocation, Instant from, Instant until, double speed, String by) {
        if (from.isBefore(EARLIEST) || until.isAfter(LATEST)) {
            throw new ResultRefused(ResultRefused.Kind.MALFORMED, from.isBefore(EARLIEST) ? "from" : "until",
                    "a replay window lies between " + EARLIEST + " and " + LATEST);
        }
        stop(by);
        var schedule = schedule(importer.readFeed(feedLocation), from, until);
        if (schedule.isEmpty()) {
            throw new ResultRefused(ResultRefused.Kind.MALFORMED, "from", "no unit with results ends between " + from + " and " + until);
        }
        var before = clock.setting();
        var id = tx.execute(status -> {
            jdbc.update("truncate results.entry, results.unit_version, results.medal, results.event_outcome, results.feed_import");
            var set = clock.simulate(schedule.getFirst().unit().startsAt().minusSeconds(600), speed, by);
            events.publishEvent(new StaffActionPerformed(by, "results.replay.start", from + "/" + until,
                    schedule.size() + " units at x" + speed, Instant.now()));
            return replays.started(by, from, until, speed, schedule.size(), before, set);
        });
        posted.set(0);
        refused.set(0);
        total = schedule.size();
        current = id;
        runner = Thread.ofVirtual().name("games-replay").start(() -> run(id, schedule));
        return status();
    }

    /** Stops a running replay and sets the Games clock back to what it was before it. */
    public synchronized void stop(String by) {
        var running = runner;
        if (running != null) {
            running.interrupt();
            try {
                running.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            runner = null;
            end(current, Replays.Outcome.STOPPED, by);
        }
    }

    public Status status() {
        var running = runner;
        return new Status(running != null && running.isAlive(), total, posted.get(), refused.get(),
                running != null ? clock.now() : null);
    }

    /** The last replay and how it ended, for the administrators' page. */
    public java.util.Optional<Replays.Replay> last() {
        return replays.last();
    }

    /**
     * A replay lives in memory: one a restart cut short cannot go on. It is closed as abandoned, and
     * the clock it set is set back, so that the demo does not stay on a replay's day without a replay.
     */
    @EventListener(ApplicationReadyEvent.class)
    void closeAbandoned() {
        for (var id : replays.unfinished()) {
            end(id, Replays.Outcome.ABANDONED, "system");
        }
    }

    private void run(long id, List<Scheduled> schedule) {
        var next = 0;
        try {
            while (next < schedule.size() && !Thread.currentThread().isInterrupted()) {
                var now = clock.now();
                while (next < schedule.size() && !end(schedule.get(next).unit()).isAfter(now)) {
                    post(schedule.get(next++));
                }
                Thread.sleep(100);
            }
            log.info("Replay finished: {} units posted, {} refused", posted.get(), refused.get());
            end(id, Replays.Outcome.FINISHED, REPLAY);
        } catch (InterruptedException e) {
            log.info("Replay stopped after {} units", posted.get());
        }
    }

    /** Closes the replay once (finished, stopped or abandoned), sets its clock back and writes the audit entry. */
    private void end(long id, Replays.Outcome outcome, String by) {
        tx.executeWithoutResult(status -> replays.end(id, outcome, by, posted.get()).ifPresent(replay -> {
            var restored = replay.clockStillItsOwn(clock.setting());
            if (restored) {
                clock.set(replay.clockBefore(), by);
            }
            events.publishEvent(new StaffActionPerformed(by, "results.replay." + outcome.name().toLowerCase(java.util.Locale.ROOT),
                    replay.windowFrom() + "/" + replay.windowUntil(), posted.get() + " of " + replay.units() + " units posted; "
                    + (restored ? "clock set back to " + replay.clockBefore().mode() + " from " + replay.clockBefore().gamesAnchor()
                    : "clock left as changed since"), Instant.now()));
        }));
    }

    private void post(Scheduled scheduled) {
        var code = scheduled.unit().code();
        try {
            live.accept(code, new ResultMessage(ResultStatus.START_LIST, scheduled.lines().stream()
                    .map(l -> new ResultMessage.Line(l.competitorCode(), l.competitorName(), l.competitorType(), l.noc(),
                            null, l.resultType(), null, null)).toList(), null), REPLAY, true);
            live.accept(code, new ResultMessage(ResultStatus.OFFICIAL, scheduled.lines().stream()
                    .map(l -> new ResultMessage.Line(l.competitorCode(), null, null, null, l.value(), l.resultType(), l.irm(),
                            l.wlt())).toList(), null), REPLAY, true);
            posted.incrementAndGet();
        } catch (RuntimeException e) {
            refused.incrementAndGet();
            log.warn("Replay could not post {}: {}", code, e.getMessage());
        }
    }

    private List<Scheduled> schedule(Map<String, List<FeedLine>> byUnit, Instant from, Instant until) {
        var scheduled = new ArrayList<Scheduled>();
        for (var unit : programme.allUnits(UnitQuery.all())) {
            var lines = byUnit.get(unit.code());
            var end = end(unit);
            if (lines != null && !end.isBefore(from) && end.isBefore(until)) {
                scheduled.add(new Scheduled(unit, lines));
            }
        }
        scheduled.sort(Comparator.comparing((Scheduled s) -> end(s.unit())).thenComparing(s -> s.unit().code()));
        return scheduled;
    }

    private static Instant end(Unit unit) {
        return unit.endsAt() != null ? unit.endsAt() : unit.startsAt().plusSeconds(3600);
    }
}

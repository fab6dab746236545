package org.podium.ticketing.internal;

import java.time.Duration;
import java.util.List;

import org.podium.games.GamesClock;
import org.podium.games.Programme;
import org.podium.games.Session;
import org.podium.ticketing.internal.sale.SalesPhase;
import org.podium.ticketing.internal.sale.SalesPhases;

/** Sessions for ticketing tests: each test class takes its own venue so that their sales do not meet. */
final class TicketingFixtures {

    private TicketingFixtures() {
    }

    private static final java.time.Instant OPENING = java.time.OffsetDateTime.parse("2024-07-27T09:00:00+02:00").toInstant();

    /**
     * Other tests move the shared Games clock (to the last weekend, say); the sale tests need the
     * Games ahead of them, as on a fresh platform.
     */
    static void atOpening(GamesClock clock) {
        if (clock.now().isAfter(OPENING.plus(Duration.ofDays(1)))) {
            clock.simulate(OPENING, 1, "ticketing-tests");
        }
    }

    /** Sessions of a venue that start at least a day after the Games clock's now, earliest first. */
    static List<Session> upcoming(Programme programme, GamesClock clock, String venue, int count) {
        atOpening(clock);
        var after = clock.now().plus(Duration.ofDays(1));
        var sessions = programme.sessions(venue, null).stream().filter(s -> s.startsAt().isAfter(after)).limit(count).toList();
        if (sessions.size() < count) {
            throw new IllegalStateException("Only " + sessions.size() + " upcoming sessions at " + venue);
        }
        return sessions;
    }

    /** An open sale of just these sessions, from an hour ago for a year. */
    static SalesPhase openSale(SalesPhases phases, GamesClock clock, List<String> sessions, boolean packsOnly) {
        var now = clock.now();
        return phases.create(new SalesPhases.PhaseSettings("Test sale " + sessions.getFirst(), SalesPhase.Access.OPEN, packsOnly, 3,
                now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(365)), sessions, null, null, 48, 1000, 1440), "test");
    }
}

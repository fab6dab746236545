package org.podium.ticketing.internal;

import java.time.Duration;
import java.util.List;

import org.podium.games.GamesClock;
import org.podium.games.Programme;
import org.podium.games.Session;
import org.springframework.stereotype.Component;

/** Lets journeys in other packages set up a sale as a ticketing manager would, without the staff pages. */
@Component
public class TicketingTestSupport {

    private final Programme programme;
    private final GamesClock clock;
    private final SalesPhases phases;
    private long lastDraw;

    TicketingTestSupport(Programme programme, GamesClock clock, SalesPhases phases) {
        this.programme = programme;
        this.clock = clock;
        this.phases = phases;
    }

    /** A draw for the first upcoming session of a venue, taking registrations for the given Games time. */
    public Session drawWithRegistrationOpenFor(String venue, Duration registration) {
        var session = TicketingFixtures.upcoming(programme, clock, venue, 1).getFirst();
        var now = clock.now();
        var phase = phases.create(new SalesPhases.PhaseSettings("Draw " + session.code(), SalesPhase.Access.DRAW, false, 3,
                now.plus(registration), now.plus(Duration.ofDays(30)), List.of(session.code()), now.minusSeconds(60),
                now.plus(registration), 48, 1000, 1440), "journey");
        lastDraw = phase.id();
        return session;
    }

    public void runDrawWhenRegistrationCloses(Session session) throws InterruptedException {
        var closes = phases.phase(lastDraw).registrationClosesAt();
        while (!clock.now().isAfter(closes)) {
            Thread.sleep(100);
        }
        phases.runDraw(lastDraw, "journey");
    }
}

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
    private final WaitingRooms rooms;
    private long lastDraw;

    TicketingTestSupport(Programme programme, GamesClock clock, SalesPhases phases, WaitingRooms rooms) {
        this.programme = programme;
        this.clock = clock;
        this.phases = phases;
        this.rooms = rooms;
    }

    /** A waiting room opening now in front of the first upcoming session of a venue, with visitors already queued. */
    public Session waitingRoomWithVisitorsAhead(String venue, int ahead, int admitPerMinute) {
        var session = TicketingFixtures.upcoming(programme, clock, venue, 1).getFirst();
        var room = rooms.arm(session.code(), clock.now(), admitPerMinute, "journey");
        for (var i = 0; i < ahead; i++) {
            room.join("ahead-" + i, clock.now());
        }
        return session;
    }

    public void removeWaitingRoom(Session session) {
        rooms.disarm(session.code(), "journey");
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

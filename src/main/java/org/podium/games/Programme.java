package org.podium.games;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.podium.games.internal.ProgrammeQueries;
import org.podium.platform.NotFound;
import org.springframework.stereotype.Service;

/** The reference programme of the Games, read-only for every other module. */
@Service
public class Programme {

    public static final int MAX_PAGE_SIZE = 500;

    private final ProgrammeQueries queries;
    private final GamesClock clock;

    Programme(ProgrammeQueries queries, GamesClock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    public Page<Unit> units(UnitQuery query, int page, int size) {
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more, not " + page);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_PAGE_SIZE + ", not " + size);
        }
        return queries.units(query, page, size);
    }

    /** Every unit matching the query, in start order. */
    public List<Unit> allUnits(UnitQuery query) {
        return queries.units(query, 0, 10_000).items();
    }

    public Unit unit(String code) {
        return findUnit(code).orElseThrow(() -> new NotFound("unit", code));
    }

    /** The unit, if the programme has it (a results feed may carry units the programme does not list). */
    public java.util.Optional<Unit> findUnit(String code) {
        return queries.unit(code);
    }

    /** Units under way at the Games clock's now. */
    public List<Unit> liveNow() {
        var now = clock.now();
        return queries.unitsBetween(now, now.plusNanos(1));
    }

    public List<LocalDate> days() {
        return queries.days();
    }

    public List<Discipline> disciplines() {
        return queries.disciplines();
    }

    public Discipline discipline(String code) {
        return disciplines().stream().filter(d -> d.code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFound("discipline", code));
    }

    public List<Event> events(@Nullable String discipline) {
        return queries.events(discipline);
    }

    public Event event(String code) {
        return queries.event(code).orElseThrow(() -> new NotFound("event", code));
    }

    public List<Phase> phases(String event) {
        return queries.phases(event);
    }

    public List<Venue> venues() {
        return queries.venues();
    }

    public Venue venue(String tag) {
        return venues().stream().filter(v -> v.tag().equals(tag)).findFirst()
                .orElseThrow(() -> new NotFound("venue", tag));
    }

    public List<Session> sessions(@Nullable String venue, @Nullable LocalDate day) {
        return queries.sessions(venue, day);
    }

    public Session session(String code) {
        return queries.session(code).orElseThrow(() -> new NotFound("session", code));
    }

    /** The next sessions to start by the Games clock, including those that started in the last hour. */
    public List<Session> nextSessions(int limit) {
        return queries.sessionsStartingFrom(clock.now().minus(Duration.ofHours(1)), limit);
    }

    /** Venue tag to the codes of the disciplines played there. */
    public java.util.Map<String, List<String>> disciplinesByVenue() {
        return queries.disciplinesByVenue();
    }

    public List<Noc> nocs() {
        return queries.nocs();
    }
}

package org.podium.results.internal;

import java.util.List;

import org.podium.games.Programme;
import org.podium.games.Unit;
import org.podium.games.UnitQuery;
import org.springframework.stereotype.Component;

/** The standing of a combat sport event's whole field, from its bracket ({@link Bracket}). */
@Component
public class BracketStandings {

    private final Programme programme;
    private final ResultsStore store;

    BracketStandings(Programme programme, ResultsStore store) {
        this.programme = programme;
        this.store = store;
    }

    /** One competitor's place in the field and the furthest bout they fought (its phase code) and whether they won it. */
    public record Line(int place, boolean shared, String competitor, String name, String noc, String reached, boolean won) {
    }

    /** The standing, or an empty list for an event that is not a combat sport bracket. */
    public List<Line> of(String eventCode) {
        var event = programme.event(eventCode);
        if (!Bracket.DISCIPLINES.contains(event.disciplineCode())) {
            return List.of();
        }
        var codes = programme.allUnits(new UnitQuery(null, null, null, eventCode, false)).stream().map(Unit::code).toList();
        return Bracket.standing(Bracket.bouts(store.currentEntries(codes))).stream()
                .map(p -> new Line(p.place(), p.shared(), p.competitorCode(), p.competitorName(), p.noc(), p.reached(), p.won()))
                .toList();
    }
}

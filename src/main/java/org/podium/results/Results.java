package org.podium.results;

import java.util.List;

import org.podium.games.Programme;
import org.podium.games.Unit;
import org.podium.games.UnitQuery;
import org.podium.platform.NotFound;
import org.podium.results.internal.ResultsImporter;
import org.podium.results.internal.ResultsStore;
import org.springframework.stereotype.Service;

/** Results as other modules and the web read them: unit results, medallists, the medal table. */
@Service
public class Results {

    private final ResultsStore store;
    private final ResultsImporter importer;
    private final Programme programme;

    Results(ResultsStore store, ResultsImporter importer, Programme programme) {
        this.store = store;
        this.importer = importer;
        this.programme = programme;
    }

    public UnitResult unitResult(String unitCode) {
        return store.current(unitCode).orElseThrow(() -> new NotFound("unit result", unitCode));
    }

    public List<MedalStanding> medalTable() {
        return store.medalTable();
    }

    /**
     * Medals awarded per competition day, in day order: each medal counts on the day of the unit
     * that awarded it; a medal whose unit the programme does not list (awarded by hand, or a unit
     * only the feed has) counts on the day of its event's last medal unit.
     */
    public List<MedalDay> medalsByDay() {
        var days = new java.util.TreeMap<java.time.LocalDate, int[]>();
        for (var count : store.medalsPerUnit()) {
            var day = programme.findUnit(count.unitCode()).map(Unit::day).or(() -> lastMedalDay(count.eventCode()));
            day.ifPresent(d -> days.computeIfAbsent(d, x -> new int[3])[count.medal().ordinal()] += count.count());
        }
        return days.entrySet().stream()
                .map(e -> new MedalDay(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
    }

    private java.util.Optional<java.time.LocalDate> lastMedalDay(String eventCode) {
        return programme.allUnits(new UnitQuery(null, null, null, eventCode, true)).stream()
                .map(Unit::day).max(java.util.Comparator.naturalOrder());
    }

    /** The event's medallists, and why it is not decided yet (none yet, or partly: bronze before gold). */
    public EventOutcome outcome(String eventCode) {
        programme.event(eventCode);
        var medallists = store.medallists(eventCode);
        return new EventOutcome(eventCode, medallists, store.incompleteBecause(eventCode).orElse(null));
    }

    /** The rank agreement of the last feed import, per discipline (empty before any import). */
    public List<RankAgreement> lastAgreement() {
        return importer.lastAgreement();
    }
}

package org.podium.results;

import java.util.List;

import org.podium.games.Programme;
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
    private final org.podium.results.internal.ProgrammeUnits programmeUnits;

    Results(ResultsStore store, ResultsImporter importer, Programme programme,
            org.podium.results.internal.ProgrammeUnits programmeUnits) {
        this.programmeUnits = programmeUnits;
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
        var units = programmeUnits.byCode();
        var lastMedalDay = new java.util.HashMap<String, java.time.LocalDate>();
        for (var unit : units.values()) {
            if (unit.medal() > 0) {
                lastMedalDay.merge(unit.eventCode(), unit.day(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        var days = new java.util.TreeMap<java.time.LocalDate, int[]>();
        for (var count : store.medalsPerUnit()) {
            var unit = units.get(count.unitCode());
            var day = unit != null ? unit.day() : lastMedalDay.get(count.eventCode());
            if (day != null) {
                days.computeIfAbsent(day, x -> new int[3])[count.medal().ordinal()] += count.count();
            }
        }
        return days.entrySet().stream()
                .map(e -> new MedalDay(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
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

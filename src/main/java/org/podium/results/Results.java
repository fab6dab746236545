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

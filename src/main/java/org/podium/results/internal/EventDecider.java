package org.podium.results.internal;

import java.util.List;
import java.util.Map;

import org.podium.games.Event;
import org.podium.games.Unit;
import org.podium.results.Entry;
import org.podium.results.EventOutcome;
import org.springframework.stereotype.Component;

/**
 * Chooses how an event is decided: combined events by their points tables, eventing by its tests'
 * penalties ({@link Eventing}), the others by their deciding units.
 */
@Component
class EventDecider {

    private final ResultsStore store;

    EventDecider(ResultsStore store) {
        this.store = store;
    }

    EventOutcome decide(Event event, List<Unit> eventUnits, Map<String, List<Entry>> results) {
        var tables = CombinedEvents.tablesFor(event.name());
        if (tables.isPresent() && !eventUnits.isEmpty()) {
            // Heats and field groups of a combined event are units of their own in the results.
            var prefix = eventUnits.getFirst().code().substring(0, 22);
            return CombinedEvents.decide(event.code(), tables.get(), store.currentEntriesWithPrefix(prefix));
        }
        var goldUnit = eventUnits.stream().filter(u -> u.medal() == 1).findFirst();
        if (ApparatusTotal.applies(event.disciplineCode(), event.name()) && goldUnit.isPresent()) {
            var phase = goldUnit.get().code().substring(0, 22);
            return ApparatusTotal.decide(event.code(), goldUnit.get().code(), store.currentEntriesWithPrefix(phase + "FNL-"),
                    store.currentEntriesWithPrefix(phase + "QUAL"));
        }
        if (Eventing.applies(event.disciplineCode(), event.name()) && goldUnit.isPresent()) {
            if (!event.name().contains("Team")) {
                return Eventing.individual(event.code(), eventUnits, results);
            }
            // Who rode for a team is only in the individual event's tests (same riders, same rounds).
            var individual = (event.code().replace("TEAM", "INDV") + "-".repeat(22)).substring(0, 22);
            return Eventing.team(event.code(), goldUnit.get(), eventUnits, results, store.currentEntriesWithPrefix(individual));
        }
        return MedalAwards.decide(event.code(), event.disciplineCode(), event.name(),
                eventUnits.stream().filter(u -> u.medal() > 0).toList(), eventUnits, results);
    }
}

package org.podium.results.internal.web;

import java.util.Comparator;
import java.util.List;

import org.podium.games.Programme;
import org.podium.games.Unit;
import org.podium.games.UnitQuery;
import org.podium.results.Entry;
import org.podium.results.UnitResult;
import org.podium.results.internal.ResultsStore;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A unit's live result for the public, and a venue's scoreboard for giant screens: large type,
 * no interaction, both refreshed by the results stream as soon as a new version is accepted.
 */
@Controller
class UnitResultPages {

    /** Ranked lines first, in rank order, then the unranked ones as sent. */
    static final Comparator<Entry> RESULT_ORDER = Comparator.comparing((Entry e) -> e.rank() == null)
            .thenComparing(e -> e.rank() == null ? Integer.MAX_VALUE : e.rank());

    private final ResultsStore store;
    private final Programme programme;

    UnitResultPages(ResultsStore store, Programme programme) {
        this.store = store;
        this.programme = programme;
    }

    @GetMapping("/results/units/{code}")
    String unit(@PathVariable String code, Model model) {
        var unit = programme.unit(code);
        model.addAttribute("unit", unit);
        model.addAttribute("result", store.current(code).map(UnitResultPages::ordered).orElse(null));
        return "results/unit";
    }

    @GetMapping("/scoreboard/{venue}")
    String scoreboard(@PathVariable String venue, Model model) {
        var v = programme.venue(venue);
        var units = programme.allUnits(new UnitQuery(null, null, venue, null, false));
        var latest = store.lastPublishedUnit(units.stream().map(Unit::code).toList());
        model.addAttribute("venue", v);
        model.addAttribute("unit", latest.map(programme::unit).orElse(null));
        model.addAttribute("result", latest.flatMap(store::current).map(UnitResultPages::ordered).orElse(null));
        return "results/scoreboard";
    }

    private static UnitResult ordered(UnitResult result) {
        var entries = result.entries().stream().sorted(RESULT_ORDER).toList();
        return new UnitResult(result.unitCode(), result.version(), result.status(), result.by(), result.at(), List.copyOf(entries));
    }
}

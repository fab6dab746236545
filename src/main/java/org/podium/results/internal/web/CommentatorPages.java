package org.podium.results.internal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.podium.games.Programme;
import org.podium.results.Entry;
import org.podium.results.internal.ResultsStore;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The commentator's view of a unit: the start list with live marks, each competitor's earlier
 * results in the same event, and for a head-to-head unit the two sides' earlier meetings.
 * It refreshes with the results stream.
 */
@Controller
class CommentatorPages {

    /** A competitor's earlier line in the event: the unit and the line. */
    record Earlier(String unitCode, String unitName, Entry line) {}

    private final ResultsStore store;
    private final Programme programme;

    private final org.podium.results.internal.Records records;

    CommentatorPages(ResultsStore store, Programme programme, org.podium.results.internal.Records records) {
        this.records = records;
        this.store = store;
        this.programme = programme;
    }

    @GetMapping("/commentator/units/{code}")
    String unit(@PathVariable String code, Model model) {
        var unit = programme.unit(code);
        var result = store.current(code).orElse(null);
        model.addAttribute("unit", unit);
        model.addAttribute("result", result);
        var form = new LinkedHashMap<String, List<Earlier>>();
        if (result != null) {
            var eventPrefix = code.substring(0, 22);
            for (var entry : result.entries()) {
                form.put(entry.competitorCode(), store.appearancesOf(entry.competitorCode()).entrySet().stream()
                        .filter(a -> a.getKey().startsWith(eventPrefix) && !a.getKey().equals(code))
                        .map(a -> new Earlier(a.getKey(), name(a.getKey()), a.getValue()))
                        .toList());
            }
            if (result.entries().size() == 2) {
                var a = result.entries().get(0).competitorCode();
                var b = result.entries().get(1).competitorCode();
                model.addAttribute("meetings", store.meetings(code, a, b).stream()
                        .map(u -> Map.entry(name(u), store.current(u).map(r -> r.entries()).orElse(List.of())))
                        .toList());
            }
        }
        model.addAttribute("form", form);
        model.addAttribute("records", records.current(unit.eventCode()));
        model.addAttribute("recordFlags", result == null ? List.of() : records.flags(result));
        return "results/commentator";
    }

    private String name(String unitCode) {
        return programme.findUnit(unitCode).map(unit -> unit.name()).orElse(unitCode);
    }
}

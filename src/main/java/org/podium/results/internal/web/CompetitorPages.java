package org.podium.results.internal.web;

import java.util.Locale;

import org.podium.games.Programme;
import org.podium.platform.NotFound;
import org.podium.results.MedalStanding;
import org.podium.results.Results;
import org.podium.results.internal.ResultsStore;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A NOC's medals and an athlete's (or team's) results, from the public results only. */
@Controller
class CompetitorPages {

    private final Programme programme;
    private final Results results;
    private final ResultsStore store;

    CompetitorPages(Programme programme, Results results, ResultsStore store) {
        this.programme = programme;
        this.results = results;
        this.store = store;
    }

    @GetMapping("/nocs/{code}")
    String noc(@PathVariable String code, Model model, Locale locale) {
        var noc = programme.nocs().stream().filter(n -> n.code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFound("NOC", code));
        model.addAttribute("noc", noc);
        model.addAttribute("nocName", noc.name(locale));
        model.addAttribute("standing", results.medalTable().stream().filter(s -> s.noc().equals(code)).findFirst()
                .orElse(new MedalStanding(0, code, 0, 0, 0)));
        model.addAttribute("medals", store.medalsOf(code));
        model.addAttribute("events", programme.events(null).stream()
                .collect(java.util.stream.Collectors.toMap(e -> e.code(), e -> e.name())));
        return "results/noc";
    }

    @GetMapping("/athletes/{code}")
    String athlete(@PathVariable String code, Model model) {
        var appearances = store.appearancesOf(code);
        if (appearances.isEmpty()) {
            throw new NotFound("competitor", code);
        }
        var first = appearances.values().iterator().next();
        model.addAttribute("name", first.competitorName());
        model.addAttribute("noc", first.noc());
        model.addAttribute("appearances", appearances);
        // Unit names from the programme; a feed unit the programme does not list keeps its code.
        var names = new java.util.HashMap<String, String>();
        appearances.keySet().forEach(u -> names.put(u, programme.findUnit(u).map(unit -> unit.name()).orElse(u)));
        model.addAttribute("units", names);
        return "results/athlete";
    }
}

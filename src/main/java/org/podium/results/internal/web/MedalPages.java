package org.podium.results.internal.web;

import java.util.Locale;
import java.util.stream.Collectors;

import org.podium.games.Noc;
import org.podium.games.Programme;
import org.podium.results.Results;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public medal table and an event's medallists. */
@Controller
class MedalPages {

    private final Results results;
    private final Programme programme;
    private final org.podium.results.internal.GroupStandings groups;
    private final org.podium.results.internal.BracketStandings brackets;

    MedalPages(Results results, Programme programme, org.podium.results.internal.GroupStandings groups,
               org.podium.results.internal.BracketStandings brackets) {
        this.groups = groups;
        this.brackets = brackets;
        this.results = results;
        this.programme = programme;
    }

    @GetMapping("/medals")
    String medalTable(Model model, Locale locale) {
        model.addAttribute("table", results.medalTable());
        model.addAttribute("nocNames", programme.nocs().stream().collect(Collectors.toMap(Noc::code, n -> n.name(locale))));
        return "results/medals";
    }

    @GetMapping("/medals/events/{code}")
    String event(@PathVariable String code, Model model, Locale locale) {
        var event = programme.event(code);
        model.addAttribute("event", event);
        model.addAttribute("discipline", programme.discipline(event.disciplineCode()).name(locale));
        model.addAttribute("outcome", results.outcome(code));
        model.addAttribute("groups", groups.of(code));
        model.addAttribute("bracket", brackets.of(code));
        return "results/event";
    }
}

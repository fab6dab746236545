package org.podium.results.internal.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.podium.games.Noc;
import org.podium.games.Programme;
import org.podium.results.Results;
import org.podium.platform.BarChart;
import org.springframework.context.MessageSource;
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

    private final MessageSource messages;

    MedalPages(Results results, Programme programme, org.podium.results.internal.GroupStandings groups,
               org.podium.results.internal.BracketStandings brackets, MessageSource messages) {
        this.messages = messages;
        this.groups = groups;
        this.brackets = brackets;
        this.results = results;
        this.programme = programme;
    }

    @GetMapping("/medals")
    String medalTable(Model model, Locale locale) {
        model.addAttribute("table", results.medalTable());
        var days = results.medalsByDay();
        model.addAttribute("medalDays", days);
        model.addAttribute("medalChart", new BarChart(
                List.of(messages.getMessage("medals.gold", null, locale), messages.getMessage("medals.silver", null, locale),
                        messages.getMessage("medals.bronze", null, locale)),
                days.stream().map(d -> new BarChart.Bar(
                        java.time.format.DateTimeFormatter.ofPattern("EEE d MMM", locale).format(d.day()),
                        List.of((long) d.gold(), (long) d.silver(), (long) d.bronze()))).toList()));
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

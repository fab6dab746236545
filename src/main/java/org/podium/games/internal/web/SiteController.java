package org.podium.games.internal.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.podium.games.Discipline;
import org.podium.games.GamesClock;
import org.podium.games.Programme;
import org.podium.games.Unit;
import org.podium.games.UnitQuery;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The public site's programme pages: home, schedule, sports, events and venues. */
@Controller
class SiteController {

    private final Programme programme;
    private final GamesClock clock;
    private final ProgrammeLabels labels;

    SiteController(Programme programme, GamesClock clock, ProgrammeLabels labels) {
        this.programme = programme;
        this.clock = clock;
        this.labels = labels;
    }

    @GetMapping("/")
    String home(Model model) {
        var today = clock.today();
        model.addAttribute("now", clock.now());
        model.addAttribute("today", today);
        model.addAttribute("gamesDay", programme.days().contains(today));
        model.addAttribute("todayUnits", programme.units(new UnitQuery(today, null, null, null, false), 0, 1).totalItems());
        model.addAttribute("todayMedals", programme.units(new UnitQuery(today, null, null, null, true), 0, 1).totalItems());
        model.addAttribute("live", programme.liveNow());
        model.addAttribute("sessions", programme.nextSessions(8));
        return "games/home";
    }

    @GetMapping("/schedule")
    String schedule(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
                    @RequestParam(required = false) @Nullable String sport,
                    @RequestParam(required = false) @Nullable String venue,
                    @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
                    Model model, Locale locale) {
        var days = programme.days();
        var chosenDay = day == null && blank(sport) && blank(venue) ? defaultDay(days) : day;
        var query = new UnitQuery(chosenDay, blankToNull(sport), blankToNull(venue), null, false);
        List<Unit> units = programme.allUnits(query);
        model.addAttribute("days", days);
        model.addAttribute("disciplines", programme.disciplines());
        model.addAttribute("venues", programme.venues());
        model.addAttribute("day", chosenDay);
        model.addAttribute("sport", blankToNull(sport));
        model.addAttribute("venue", blankToNull(venue));
        model.addAttribute("units", units);
        model.addAttribute("disciplineNames", programme.disciplines().stream()
                .collect(java.util.stream.Collectors.toMap(Discipline::code, d -> d.name(locale))));
        model.addAttribute("htmx", htmx != null);
        return htmx != null ? "games/schedule :: results" : "games/schedule";
    }

    @GetMapping("/sports")
    String sports(Model model) {
        model.addAttribute("disciplines", programme.disciplines());
        return "games/sports";
    }

    @GetMapping("/sports/{code}")
    String sport(@PathVariable String code, Model model) {
        var discipline = programme.discipline(code);
        model.addAttribute("discipline", discipline);
        model.addAttribute("events", programme.events(code));
        var units = programme.allUnits(new UnitQuery(null, code, null, null, false));
        model.addAttribute("days", units.stream().map(Unit::day).distinct().toList());
        model.addAttribute("venues", units.stream().filter(u -> u.venueTag() != null)
                .map(u -> List.of(u.venueTag(), u.venueName())).distinct().toList());
        return "games/sport";
    }

    @GetMapping("/events/{code}")
    String event(@PathVariable String code, Model model) {
        var event = programme.event(code);
        model.addAttribute("event", event);
        model.addAttribute("title", labels.text(event.name()));
        model.addAttribute("discipline", programme.discipline(event.disciplineCode()));
        model.addAttribute("phases", programme.phases(code));
        model.addAttribute("units", programme.allUnits(new UnitQuery(null, null, null, code, false)));
        return "games/event";
    }

    @GetMapping("/venues")
    String venues(Model model, Locale locale) {
        var names = programme.disciplines().stream()
                .collect(java.util.stream.Collectors.toMap(Discipline::code, d -> d.name(locale)));
        var byVenue = new java.util.HashMap<String, List<String>>();
        programme.disciplinesByVenue().forEach((tag, codes) -> byVenue.put(tag, codes.stream().map(names::get).toList()));
        model.addAttribute("venues", programme.venues());
        model.addAttribute("venueDisciplines", byVenue);
        return "games/venues";
    }

    @GetMapping("/venues/{tag}")
    String venue(@PathVariable String tag, Model model) {
        var venue = programme.venue(tag);
        var units = programme.allUnits(new UnitQuery(null, null, tag, null, false));
        model.addAttribute("venue", venue);
        model.addAttribute("sessions", programme.sessions(tag, null));
        model.addAttribute("days", units.stream().map(Unit::day).distinct().toList());
        model.addAttribute("disciplines", programme.disciplines().stream()
                .filter(d -> units.stream().anyMatch(u -> u.disciplineCode().equals(d.code()))).toList());
        return "games/venue";
    }

    /** Today when the Games clock is on a competition day, else the first day of competition. */
    private @Nullable LocalDate defaultDay(List<LocalDate> days) {
        var today = clock.today();
        return days.contains(today) ? today : days.isEmpty() ? null : days.getFirst();
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return blank(value) ? null : value;
    }
}

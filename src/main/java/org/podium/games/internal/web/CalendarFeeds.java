package org.podium.games.internal.web;

import java.time.Instant;

import org.podium.platform.ICalendar;
import java.util.Locale;

import org.podium.games.Programme;
import org.podium.games.Unit;
import org.podium.games.UnitQuery;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** iCalendar feeds of a discipline's or a venue's schedule, for fans' calendar apps. */
@RestController
class CalendarFeeds {

    private static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final Programme programme;
    private final ProgrammeLabels labels;

    CalendarFeeds(Programme programme, ProgrammeLabels labels) {
        this.programme = programme;
        this.labels = labels;
    }

    @GetMapping("/calendar/sports/{code}.ics")
    ResponseEntity<String> discipline(@PathVariable String code, @RequestParam(defaultValue = "en") String lang) {
        var locale = Locale.forLanguageTag(lang.equals("fr") ? "fr" : "en");
        var discipline = programme.discipline(code);
        var units = programme.allUnits(new UnitQuery(null, code, null, null, false));
        return calendar(discipline.name(locale), units, locale);
    }

    @GetMapping("/calendar/venues/{tag}.ics")
    ResponseEntity<String> venue(@PathVariable String tag, @RequestParam(defaultValue = "en") String lang) {
        var locale = Locale.forLanguageTag(lang.equals("fr") ? "fr" : "en");
        var venue = programme.venue(tag);
        var units = programme.allUnits(new UnitQuery(null, null, tag, null, false));
        return calendar(venue.name(), units, locale);
    }

    private ResponseEntity<String> calendar(String name, java.util.List<Unit> units, Locale locale) {
        var names = programme.disciplines();
        var body = ICalendar.of("Paris 2024 - " + name, "Games programme", entries(units, unit -> names.stream()
                .filter(d -> d.code().equals(unit.disciplineCode())).findFirst().map(d -> d.name(locale)).orElse("")
                + " - " + labels.text(unit.name(), locale)), Instant.now());
        return ResponseEntity.ok().contentType(CALENDAR).body(body);
    }

    /** A unit without an end lasts an hour in a calendar. */
    static java.util.List<ICalendar.Entry> entries(java.util.List<Unit> units, java.util.function.Function<Unit, String> summary) {
        return units.stream().map(unit -> new ICalendar.Entry(unit.code(), unit.startsAt(),
                unit.endsAt() != null ? unit.endsAt() : unit.startsAt().plusSeconds(3600), summary.apply(unit),
                unit.venueName() == null ? null : unit.locationName() != null ? unit.locationName() : unit.venueName(),
                unit.cancelled())).toList();
    }
}

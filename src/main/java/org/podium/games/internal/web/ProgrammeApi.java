package org.podium.games.internal.web;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.podium.games.Discipline;
import org.podium.games.Event;
import org.podium.games.Noc;
import org.podium.games.Page;
import org.podium.games.Phase;
import org.podium.games.Programme;
import org.podium.games.Session;
import org.podium.games.Unit;
import org.podium.games.UnitQuery;
import org.podium.games.Venue;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The programme as JSON, with paging and the same filters as the schedule page. */
@RestController
@RequestMapping("/api")
@Tag(name = "Programme", description = "Disciplines, events, phases, units, venues and sessions of the Games")
class ProgrammeApi {

    private final Programme programme;

    ProgrammeApi(Programme programme) {
        this.programme = programme;
    }

    @GetMapping("/units")
    @Operation(summary = "Units in start order, filtered by day, discipline, venue or event")
    Page<Unit> units(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
                     @RequestParam(required = false) @Nullable String discipline,
                     @RequestParam(required = false) @Nullable String venue,
                     @RequestParam(required = false) @Nullable String event,
                     @RequestParam(defaultValue = "false") boolean medal,
                     @RequestParam(defaultValue = "0") int page,
                     @RequestParam(defaultValue = "50") int size) {
        return programme.units(new UnitQuery(day, discipline, venue, event, medal), page, size);
    }

    @GetMapping("/units/{code}")
    Unit unit(@PathVariable String code) {
        return programme.unit(code);
    }

    @GetMapping("/days")
    List<LocalDate> days() {
        return programme.days();
    }

    @GetMapping("/disciplines")
    List<Discipline> disciplines() {
        return programme.disciplines();
    }

    @GetMapping("/events")
    List<Event> events(@RequestParam(required = false) @Nullable String discipline) {
        return programme.events(discipline);
    }

    @GetMapping("/events/{code}")
    Event event(@PathVariable String code) {
        return programme.event(code);
    }

    @GetMapping("/events/{code}/phases")
    List<Phase> phases(@PathVariable String code) {
        programme.event(code);
        return programme.phases(code);
    }

    @GetMapping("/venues")
    List<Venue> venues() {
        return programme.venues();
    }

    @GetMapping("/venues/{tag}")
    Venue venue(@PathVariable String tag) {
        return programme.venue(tag);
    }

    @GetMapping("/sessions")
    List<Session> sessions(@RequestParam(required = false) @Nullable String venue,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day) {
        return programme.sessions(venue, day);
    }

    @GetMapping("/sessions/{code}")
    Session session(@PathVariable String code) {
        return programme.session(code);
    }

    @GetMapping("/nocs")
    List<Noc> nocs() {
        return programme.nocs();
    }
}

package org.podium.transport.internal.operations;

import java.io.IOException;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.podium.accreditation.TransportPrivileges;
import org.podium.games.GamesClock;
import org.podium.games.Programme;
import org.podium.platform.ICalendar;
import org.podium.transport.internal.Place;
import org.podium.transport.internal.Places;
import org.podium.games.AthleteCounts;
import org.podium.transport.internal.buses.BusLines;
import org.podium.transport.internal.buses.BusProperties;
import org.podium.transport.internal.buses.BusTrip;
import org.podium.transport.internal.buses.GtfsExport;
import org.podium.transport.internal.fleet.Fleet;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The transport pages: operations (map, requests, target, disruptions), bus timetables, the team leader's and the driver's pages. */
@Controller
class TransportPages {

    private final Programme programme;
    private final Places places;
    private final CarPool pool;
    private final DayDispatch dispatch;
    private final LiveOperations live;
    private final Disruptions disruptions;
    private final BusLines buses;
    private final BusProperties busProperties;
    private final GtfsExport gtfs;
    private final Teams teams;
    private final AthleteCounts athletes;
    private final Fleet fleet;
    private final TransportStream stream;
    private final TransportPrivileges privileges;

    TransportPages(TransportPrivileges privileges, Programme programme, Places places, CarPool pool, DayDispatch dispatch,
                   LiveOperations live, Disruptions disruptions, BusLines buses, BusProperties busProperties, GtfsExport gtfs, Teams teams,
                   AthleteCounts athletes, Fleet fleet, TransportStream stream) {
        this.privileges = privileges;
        this.programme = programme;
        this.places = places;
        this.pool = pool;
        this.dispatch = dispatch;
        this.live = live;
        this.disruptions = disruptions;
        this.buses = buses;
        this.busProperties = busProperties;
        this.gtfs = gtfs;
        this.teams = teams;
        this.athletes = athletes;
        this.fleet = fleet;
        this.stream = stream;
    }

    /** The Games clock's day, held within the competition days. */
    LocalDate dayOr(@Nullable LocalDate day) {
        if (day != null) {
            return day;
        }
        var days = programme.days();
        var today = live.now().toLocalDate();
        return days.isEmpty() || days.contains(today) ? today : today.isBefore(days.getFirst()) ? days.getFirst() : days.getLast();
    }

    List<Place> served() {
        var village = places.get(Places.VILLAGE);
        return places.all().stream().filter(p -> p.kilometresTo(village) <= busProperties.maxKilometres()).toList();
    }

    @GetMapping("/staff/transport")
    String operations(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
                      @RequestParam(defaultValue = "false") boolean fragment, Model model) {
        var shown = dayOr(day);
        var runs = buses.plan(shown);
        var served = served();
        model.addAttribute("day", shown);
        model.addAttribute("days", programme.days());
        model.addAttribute("now", live.now());
        model.addAttribute("places", served);
        model.addAttribute("map", MapView.around(served));
        model.addAttribute("positions", live.positions(shown));
        model.addAttribute("requests", pool.day(shown));
        model.addAttribute("target", live.target(shown, runs));
        model.addAttribute("runs", dispatch.runs(shown));
        model.addAttribute("disruptions", dispatch.disruptions(shown));
        model.addAttribute("fleet", fleet.mix());
        return fragment ? "transport/operations :: live" : "transport/operations";
    }

    @GetMapping(path = "/staff/transport/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter subscribe() throws IOException {
        return stream.subscribe();
    }

    @PostMapping("/staff/transport/disruptions")
    String disrupt(@RequestParam String place, @RequestParam double radiusKm, @RequestParam double multiplier,
                   @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime starts,
                   @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime ends, @RequestParam String reason,
                   Principal principal, RedirectAttributes redirect) {
        try {
            disruptions.declare(new Disruptions.Declaration(place, radiusKm, multiplier, starts, ends, reason), principal.getName());
            redirect.addFlashAttribute("declared", true);
        } catch (CarPool.BookingRefused refused) {
            redirect.addFlashAttribute("refusals", refused.reasons());
        }
        return "redirect:/staff/transport?day=" + starts.toLocalDate();
    }

    @GetMapping("/staff/transport/buses")
    String timetable(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
                     @RequestParam(required = false) @Nullable String venue, Model model) {
        var shown = dayOr(day);
        var runs = buses.plan(shown).stream().filter(t -> venue == null || venue.isBlank() || t.venue().equals(venue)).toList();
        model.addAttribute("day", shown);
        model.addAttribute("days", programme.days());
        model.addAttribute("venue", venue);
        model.addAttribute("venues", served().stream().filter(p -> !p.code().equals(Places.VILLAGE)).toList());
        model.addAttribute("trips", runs);
        model.addAttribute("places", places);
        return "transport/buses";
    }

    @GetMapping("/staff/transport/gtfs.zip")
    ResponseEntity<StreamingResponseBody> feed(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day) {
        var trips = buses.plan(day);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"podium-athlete-buses" + (day == null ? "" : "-" + day) + ".zip\"")
                .contentType(MediaType.parseMediaType("application/zip"))
                .body(out -> gtfs.write(trips, out));
    }

    private String noc(Principal principal) {
        return teams.nocOf(principal.getName())
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.FORBIDDEN, "No team for " + principal.getName()));
    }

    @GetMapping("/staff/transport/team")
    String team(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
                Principal principal, Model model) {
        var noc = noc(principal);
        var shown = dayOr(day);
        var disciplines = athletes.disciplinesOf(noc);
        model.addAttribute("noc", noc);
        model.addAttribute("day", shown);
        model.addAttribute("days", programme.days());
        model.addAttribute("now", live.now());
        model.addAttribute("places", served().stream().filter(p -> !p.code().equals(Places.DEPOT)).toList());
        model.addAttribute("requests", pool.ofTeam(noc));
        model.addAttribute("riders", privileges.carHolders(noc));
        model.addAttribute("trips", teamRuns(shown, disciplines));
        return "transport/team";
    }

    private List<BusTrip> teamRuns(@Nullable LocalDate day, java.util.Set<String> disciplines) {
        return buses.plan(day).stream().filter(t -> t.disciplines().stream().anyMatch(disciplines::contains)).toList();
    }

    @PostMapping("/staff/transport/team/bookings")
    String book(@RequestParam String from, @RequestParam String to,
                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime earliest,
                @RequestParam(defaultValue = "15") int windowMinutes, @RequestParam(defaultValue = "1") int passengers,
                @RequestParam(required = false) @Nullable Boolean accessible, @RequestParam(defaultValue = "T3") String service,
                @RequestParam(required = false) java.util.@Nullable UUID rider, Principal principal, RedirectAttributes redirect) {
        var noc = noc(principal);
        try {
            var request = pool.book(new CarPool.Booking(from, to, earliest, windowMinutes, passengers, Boolean.TRUE.equals(accessible), service,
                    rider), principal.getName(), noc);
            redirect.addFlashAttribute("booked", request.reference());
        } catch (CarPool.BookingRefused refused) {
            redirect.addFlashAttribute("refusals", refused.reasons());
        }
        return "redirect:/staff/transport/team?day=" + earliest.toLocalDate();
    }

    @PostMapping("/staff/transport/team/bookings/{reference}/cancel")
    String cancel(@PathVariable String reference, Principal principal, RedirectAttributes redirect) {
        try {
            pool.cancel(reference, principal.getName(), noc(principal));
            redirect.addFlashAttribute("cancelled", reference);
        } catch (CarPool.BookingRefused refused) {
            redirect.addFlashAttribute("refusals", refused.reasons());
        }
        return "redirect:/staff/transport/team";
    }

    /** The team's buses over the whole Games, as a calendar file for the team's phones. */
    @GetMapping(path = "/staff/transport/team/buses.ics", produces = "text/calendar")
    ResponseEntity<String> calendar(Principal principal, Locale locale) {
        var noc = noc(principal);
        var entries = teamRuns(null, athletes.disciplinesOf(noc)).stream()
                .map(t -> new ICalendar.Entry("bus-" + t.id(), t.departs().atZone(GamesClock.ZONE).toInstant(),
                        t.arrives().atZone(GamesClock.ZONE).toInstant(),
                        "Bus " + places.get(t.from()).name() + " → " + places.get(t.to()).name() + " (" + String.join(", ", t.disciplines()) + ")",
                        places.get(t.from()).name(), false))
                .toList();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"buses-" + noc + ".ics\"")
                .contentType(MediaType.parseMediaType("text/calendar; charset=utf-8"))
                .body(ICalendar.of("Buses " + noc, "Athlete buses", entries, Instant.now()));
    }

    @GetMapping("/staff/transport/driver")
    String driver(Principal principal, Model model) {
        var code = teams.driverOf(principal.getName())
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.FORBIDDEN, "No driver for " + principal.getName()));
        var now = live.now();
        model.addAttribute("driver", code);
        model.addAttribute("now", now);
        model.addAttribute("trips", pool.ofDriver(code, now.minusHours(1)));
        return "transport/driver";
    }
}

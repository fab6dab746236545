package org.podium.transport.internal.operations;

import java.security.Principal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.podium.platform.WorkingTime;
import org.podium.transport.internal.buses.BusLines;
import org.podium.transport.internal.buses.BusTrip;
import org.podium.transport.internal.buses.GtfsExport;
import org.podium.transport.internal.fleet.DriverRoster;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The transport desk's and the team leaders' JSON API. Errors are RFC 9457 problems. */
@RestController
@RequestMapping("/api/staff/transport")
@Tag(name = "Transport", description = "Athlete buses (GTFS), the on-demand car pool, closures")
class TransportApi {

    private final CarPool pool;
    private final DayDispatch dispatch;
    private final LiveOperations live;
    private final Disruptions disruptions;
    private final BusLines buses;
    private final GtfsExport gtfs;
    private final Teams teams;
    private final DriverRoster drivers;

    TransportApi(CarPool pool, DayDispatch dispatch, LiveOperations live, Disruptions disruptions, BusLines buses, GtfsExport gtfs,
                 Teams teams, DriverRoster drivers) {
        this.pool = pool;
        this.dispatch = dispatch;
        this.live = live;
        this.disruptions = disruptions;
        this.buses = buses;
        this.gtfs = gtfs;
        this.teams = teams;
        this.drivers = drivers;
    }

    @Operation(summary = "The day's car requests with their cars and planned times")
    @GetMapping("/requests")
    List<CarPool.Request> requests(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        return pool.day(day);
    }

    @Operation(summary = "Re-optimise the day's car pool now")
    @PostMapping("/dispatch")
    DayDispatch.Run replan(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Principal principal) {
        return dispatch.replan(day, "asked by " + principal.getName(), null);
    }

    @Operation(summary = "Where each car of the day's pool is on the Games clock, what it does, its next ETA and delay")
    @GetMapping("/positions")
    List<LiveOperations.Position> positions(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        return live.positions(day);
    }

    @Operation(summary = "Declare a road or lane closure; what it touches is re-planned")
    @PostMapping("/disruptions")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Long> disrupt(@RequestBody Disruptions.Declaration declaration, Principal principal) {
        return Map.of("id", disruptions.declare(declaration, principal.getName()));
    }

    @Operation(summary = "The athlete bus runs of a day, or of the whole Games without a day")
    @GetMapping("/buses")
    List<BusTrip> buses(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day) {
        return buses.plan(day);
    }

    @Operation(summary = "The athlete bus service as a GTFS feed (zip), for a day or the whole Games")
    @GetMapping(path = "/gtfs.zip", produces = "application/zip")
    ResponseEntity<StreamingResponseBody> feed(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day) {
        var trips = buses.plan(day);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"podium-athlete-buses.zip\"")
                .contentType(MediaType.parseMediaType("application/zip")).body(out -> gtfs.write(trips, out));
    }

    @Operation(summary = "The drivers' shifts of a day (rostered on first use) and any breach of the working-time rules around it")
    @GetMapping("/drivers")
    Map<String, Object> drivers(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        List<DriverRoster.Shift> shifts = drivers.shifts(day);
        List<WorkingTime.Breach> breaches = drivers.breaches(day);
        return Map.of("shifts", shifts, "breaches", breaches);
    }

    record Leader(@Nullable String noc) {}

    @Operation(summary = "Make a staff account the leader of a team (NOC code) for car bookings")
    @PutMapping("/team-leaders/{username}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void leader(@PathVariable String username, @RequestBody Leader leader) {
        if (leader.noc() == null || !leader.noc().matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("A team is a three-letter NOC code");
        }
        teams.assignLeader(username, leader.noc());
    }

    record Booking(String from, String to, LocalDateTime earliest, @Nullable Integer windowMinutes, int passengers,
                   @Nullable Boolean accessible, @Nullable String service, java.util.@Nullable UUID rider) {
        @SuppressWarnings("ConstantValue") // JSON bodies may leave any field out
        Booking {
            if (from == null || to == null || earliest == null) {
                throw new IllegalArgumentException("A booking names its pick-up place, destination and earliest pick-up");
            }
        }
    }

    @Operation(summary = "Book a car for one of the team's people (team leaders): rider is their accreditation number, whose privileges (T1-T3) cover the service")
    @PostMapping("/team/bookings")
    @ResponseStatus(HttpStatus.CREATED)
    CarPool.Request book(@RequestBody Booking booking, Principal principal) {
        return pool.book(new CarPool.Booking(booking.from(), booking.to(), booking.earliest(),
                booking.windowMinutes() == null ? 15 : booking.windowMinutes(), booking.passengers(), Boolean.TRUE.equals(booking.accessible()),
                booking.service() == null ? "T3" : booking.service(), booking.rider()), principal.getName(), noc(principal));
    }

    @Operation(summary = "The team's car requests (team leaders)")
    @GetMapping("/team/bookings")
    List<CarPool.Request> teamBookings(Principal principal) {
        return pool.ofTeam(noc(principal));
    }

    private String noc(Principal principal) {
        return teams.nocOf(principal.getName()).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN, "No team for this account"));
    }
}

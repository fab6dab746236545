package org.podium.results.internal.web;

import java.time.Instant;
import java.util.List;

import org.podium.audit.StaffActionPerformed;
import org.podium.games.Programme;
import org.podium.results.EventOutcome;
import org.podium.results.MedalDecision;
import org.podium.results.ResultMessage;
import org.podium.results.UnitResult;
import org.podium.results.ResultRefused;
import org.podium.results.internal.FeedProperties;
import org.podium.results.internal.GamesReplay;
import org.podium.results.internal.LiveResults;
import org.podium.results.internal.MedalReallocation;
import org.podium.results.internal.OperatorAssignments;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Venue results operators send each unit's start list, live marks and results here (HTTP Basic). */
@RestController
@Tag(name = "Results input")
class ResultsInputApi {

    private final LiveResults live;
    private final MedalReallocation reallocation;
    private final GamesReplay replay;
    private final FeedProperties feed;
    private final OperatorAssignments assignments;
    private final Programme programme;
    private final ApplicationEventPublisher events;

    private final org.podium.accounts.StaffAccounts staff;

    ResultsInputApi(LiveResults live, MedalReallocation reallocation, GamesReplay replay, FeedProperties feed,
                    OperatorAssignments assignments, Programme programme, ApplicationEventPublisher events,
                    org.podium.accounts.StaffAccounts staff) {
        this.staff = staff;
        this.live = live;
        this.reallocation = reallocation;
        this.replay = replay;
        this.feed = feed;
        this.assignments = assignments;
        this.programme = programme;
        this.events = events;
    }

    @PostMapping("/api/staff/results/units/{code}")
    @Operation(summary = "Send a result message for a unit; it becomes the unit's next version")
    UnitResult send(@PathVariable String code, @RequestBody ResultMessage message, Authentication who) {
        var admin = who.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN"));
        return live.accept(code, message, who.getName(), admin);
    }

    @PutMapping("/api/admin/results/events/{code}/medallists")
    @Operation(summary = "Award an event's medals by hand or reallocate them, with a reason (administrators, audited)")
    EventOutcome decideMedals(@PathVariable String code, @RequestBody MedalDecision decision, Authentication who) {
        return reallocation.decide(code, decision, who.getName());
    }

    /** A replay window: units ending within [from, until), at speed times real time. */
    record ReplayRequest(java.time.OffsetDateTime from, java.time.OffsetDateTime until, double speed) {}

    @PostMapping("/api/admin/results/replay")
    @Operation(summary = "Replay the real Paris 2024 results on the Games clock through the live input path (administrators)")
    GamesReplay.Status replay(@RequestBody ReplayRequest request, Authentication who) {
        if (request.from() == null || request.until() == null || !request.until().isAfter(request.from())) {
            throw new ResultRefused(ResultRefused.Kind.MALFORMED, "until", "a replay needs from and a later until");
        }
        return replay.start(feed.location(), request.from().toInstant(), request.until().toInstant(), request.speed(),
                who.getName());
    }

    @DeleteMapping("/api/admin/results/replay")
    @Operation(summary = "Stop the running replay; the Games clock is set back to what it was before it (administrators)")
    GamesReplay.Status stopReplay(Authentication who) {
        replay.stop(who.getName());
        return replay.status();
    }

    @GetMapping("/api/results/replay")
    GamesReplay.Status replayStatus() {
        return replay.status();
    }

    @PutMapping("/api/admin/results/operators/{username}/venues")
    @Operation(summary = "Set the venues a results operator may send results for (administrators)")
    List<String> assign(@PathVariable String username, @RequestBody List<String> venues, Authentication who) {
        // Venues go to results operators only: a gate or ticketing account given a venue would be a role by the back door.
        var operator = staff.find(username).filter(m -> m.roles().contains(org.podium.accounts.StaffRole.RESULTS_OPERATOR));
        if (operator.isEmpty()) {
            throw new IllegalArgumentException("username: " + org.podium.platform.TextInput.printable(username)
                    + " is not a results operator");
        }
        if (venues.size() > 100 || venues.stream().anyMatch(java.util.Objects::isNull)) {
            throw new IllegalArgumentException("venues: at most 100 venue tags, none null");
        }
        venues.forEach(programme::venue);
        assignments.assign(username, venues, who.getName());
        return venues;
    }
}

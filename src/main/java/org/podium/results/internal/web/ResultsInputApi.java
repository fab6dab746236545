package org.podium.results.internal.web;

import java.time.Instant;
import java.util.List;

import org.podium.audit.StaffActionPerformed;
import org.podium.games.Programme;
import org.podium.results.EventOutcome;
import org.podium.results.MedalDecision;
import org.podium.results.ResultMessage;
import org.podium.results.UnitResult;
import org.podium.results.internal.LiveResults;
import org.podium.results.internal.MedalReallocation;
import org.podium.results.internal.OperatorAssignments;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
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
    private final OperatorAssignments assignments;
    private final Programme programme;
    private final ApplicationEventPublisher events;

    ResultsInputApi(LiveResults live, MedalReallocation reallocation, OperatorAssignments assignments, Programme programme,
                    ApplicationEventPublisher events) {
        this.live = live;
        this.reallocation = reallocation;
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

    @PutMapping("/api/admin/results/operators/{username}/venues")
    @Operation(summary = "Set the venues a results operator may send results for (administrators)")
    List<String> assign(@PathVariable String username, @RequestBody List<String> venues, Authentication who) {
        venues.forEach(programme::venue);
        assignments.assign(username, venues);
        events.publishEvent(new StaffActionPerformed(who.getName(), "results.operator.venues", username,
                String.join(",", venues), Instant.now()));
        return venues;
    }
}

package org.podium.results.internal.web;

import java.security.Principal;
import java.time.Instant;
import java.util.List;

import org.podium.audit.StaffActionPerformed;
import org.podium.games.Programme;
import org.podium.results.EventOutcome;
import org.podium.results.MedalStanding;
import org.podium.results.RankAgreement;
import org.podium.results.Results;
import org.podium.results.UnitResult;
import org.podium.results.internal.FeedProperties;
import org.podium.results.internal.ResultsImporter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Unit results, event medallists, the medal table and the rank agreement of the last feed import. */
@RestController
@Tag(name = "Results")
class ResultsApi {

    private final Results results;
    private final Programme programme;
    private final ResultsImporter importer;
    private final FeedProperties feed;
    private final ApplicationEventPublisher events;
    private final org.podium.results.internal.Records records;
    private final org.podium.results.internal.GroupStandings groups;
    private final org.podium.results.internal.BracketStandings brackets;
    private final org.podium.results.internal.IrmCodes irms;
    private final org.podium.results.internal.ResultsStore store;

    ResultsApi(Results results, Programme programme, ResultsImporter importer, FeedProperties feed,
               ApplicationEventPublisher events, org.podium.results.internal.Records records,
               org.podium.results.internal.GroupStandings groups, org.podium.results.internal.BracketStandings brackets,
               org.podium.results.internal.IrmCodes irms, org.podium.results.internal.ResultsStore store) {
        this.store = store;
        this.irms = irms;
        this.brackets = brackets;
        this.records = records;
        this.groups = groups;
        this.results = results;
        this.programme = programme;
        this.importer = importer;
        this.feed = feed;
        this.events = events;
    }

    @GetMapping("/api/results/events/{code}/records")
    @Operation(summary = "An event's current world (WR) and Olympic (OR) records and their history, newest first")
    java.util.Map<String, Object> records(@PathVariable String code) {
        programme.event(code);
        return java.util.Map.of("current", records.current(code), "history", records.history(code));
    }

    @GetMapping("/api/results/events/{code}/groups")
    @Operation(summary = "Group tables of a team tournament, computed from its group matches under the discipline's tie-break rules")
    List<org.podium.results.internal.GroupStandings.Group> groups(@PathVariable String code) {
        return groups.of(code);
    }

    @GetMapping("/api/results/events/{code}/bracket")
    @Operation(summary = "The whole field's standing of a combat sport event (judo, wrestling, taekwondo, boxing), "
            + "computed from its bouts: placed by the furthest bout fought, shared places (two bronzes, two fifths...)")
    List<org.podium.results.internal.BracketStandings.Line> bracket(@PathVariable String code) {
        return brackets.of(code);
    }

    @GetMapping("/api/results/disciplines/{code}/irm-codes")
    @Operation(summary = "The invalid result marks (DNS, DNF, DSQ, BFD...) a discipline uses, with their meaning in the request's language")
    List<java.util.Map<String, String>> irmCodes(@PathVariable String code, java.util.Locale locale) {
        programme.discipline(code);
        return irms.of(code).stream().map(irm -> java.util.Map.of("code", irm.code(), "meaning", irm.meaning(locale))).toList();
    }

    @GetMapping("/api/results/units/{code}/records")
    @Operation(summary = "The lines of a unit's latest result that better or equal a current record of its event")
    List<org.podium.results.internal.Records.Flag> recordFlags(@PathVariable String code) {
        return records.flags(results.unitResult(code));
    }

    @PostMapping(path = "/api/admin/results/records", consumes = {"text/csv", "text/plain"})
    @Operation(summary = "Load records from CSV: event_code,kind,mark,holder,noc,set_on,place (kind WR or OR); a bad line refuses the file")
    java.util.Map<String, Object> importRecords(@org.springframework.web.bind.annotation.RequestBody String csv,
                                                @org.springframework.web.bind.annotation.RequestParam(defaultValue = "records.csv") String file,
                                                Principal principal) {
        return java.util.Map.of("imported", records.importCsv(file, csv, principal.getName()));
    }

    @GetMapping("/api/results/units/{code}")
    @Operation(summary = "The latest version of a unit's result, with ranks recomputed from the values")
    UnitResult unit(@PathVariable String code) {
        return results.unitResult(code);
    }

    @GetMapping(path = "/api/results/units/{code}.xml", produces = MediaType.APPLICATION_XML_VALUE)
    @Operation(summary = "The latest version of a unit's result as XML (Podium's schema, see docs/results-xml.md)")
    String unitXml(@PathVariable String code) {
        return UnitResultXml.of(programme.unit(code), results.unitResult(code));
    }

    @GetMapping("/api/results/events/{code}")
    @Operation(summary = "An event's medallists, or why it has none yet")
    EventOutcome event(@PathVariable String code) {
        return results.outcome(code);
    }

    /** A unit of the day's schedule with where its result stands. */
    record ScheduledUnit(String unitCode, String eventCode, String name, String discipline, java.time.Instant startsAt,
                         java.time.@org.jspecify.annotations.Nullable Instant endsAt, @org.jspecify.annotations.Nullable String venue,
                         int medal, String scheduleStatus, org.podium.results.@org.jspecify.annotations.Nullable ResultStatus resultStatus,
                         int version, java.time.@org.jspecify.annotations.Nullable Instant resultAt) {
    }

    @GetMapping("/api/results/schedule")
    @Operation(summary = "A competition day's units in start order, each with its schedule status and its result's "
            + "latest status and version (none yet: version 0), for broadcasters polling with ETags")
    List<ScheduledUnit> schedule(@org.springframework.web.bind.annotation.RequestParam java.time.LocalDate day,
                                 @org.springframework.web.bind.annotation.RequestParam(required = false) String discipline) {
        if (discipline != null) {
            programme.discipline(discipline);
        }
        var units = programme.allUnits(new org.podium.games.UnitQuery(day, discipline, null, null, false));
        var latest = store.latestVersions(units.stream().map(org.podium.games.Unit::code).toList());
        return units.stream().map(u -> {
            var result = latest.get(u.code());
            return new ScheduledUnit(u.code(), u.eventCode(), u.name(), u.disciplineCode(), u.startsAt(), u.endsAt(),
                    u.venueName(), u.medal(), u.status(), result == null ? null : result.status(),
                    result == null ? 0 : result.version(), result == null ? null : result.at());
        }).toList();
    }

    @GetMapping("/api/results/medal-table")
    List<MedalStanding> medalTable() {
        return results.medalTable();
    }

    @GetMapping("/api/results/medal-table/by-day")
    @Operation(summary = "Medals awarded per competition day (gold, silver, bronze), in day order")
    List<org.podium.results.MedalDay> medalsByDay() {
        return results.medalsByDay();
    }

    @GetMapping("/api/results/rank-agreement")
    @Operation(summary = "Per discipline: computed ranks against the feed's, with every disagreement")
    List<RankAgreement> agreement() {
        return results.lastAgreement();
    }

    @PostMapping("/api/admin/results/feed")
    @Operation(summary = "Load the platform's results feed (administrators)")
    ResultsImporter.Outcome importFeed(Principal who) {
        return importer.importFeed(feed.location(), who.getName());
    }
}

package org.podium.games.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.podium.games.ProgrammeRejected;
import org.podium.games.UnitCode;

/**
 * Turns the checked files into the programme the platform stores: events, phases, units with
 * their codes, sites and sessions. Cross-file references are checked here, still before any write.
 */
final class ProgrammeBuilder {

    record EventRow(String code, String discipline, String name, String gender, boolean medal, boolean derived) {}

    record PhaseRow(String code, String event, String name) {}

    record UnitRow(String code, String event, String phase, String discipline, String name, String gender,
                   String eventType, Instant start, @Nullable Instant end, LocalDate day, String status, int medal,
                   @Nullable String site, String locationCode, String locationName, boolean derived) {}

    record SiteRow(String code, String venue, String name, String nameFr, String city, @Nullable Integer capacity,
                   String source) {}

    record Built(ProgrammeFiles.Contents files, List<SiteRow> sites, List<EventRow> events, List<PhaseRow> phases,
                 List<UnitRow> units, List<SessionDerivation.Derived> sessions) {}

    private ProgrammeBuilder() {
    }

    static Built build(ProgrammeFiles.Contents files) {
        var sites = sites(files);
        var siteCodes = new HashSet<String>();
        sites.forEach(s -> siteCodes.add(s.code()));
        var disciplines = new HashSet<String>();
        files.disciplines().forEach(d -> disciplines.add(d.code()));

        var rows = new ArrayList<>(files.schedule());
        rows.sort(Comparator.comparing(ProgrammeFiles.ScheduleRow::start).thenComparingLong(ProgrammeFiles.ScheduleRow::line));
        var codes = new UnitCodes(files.eventCodes());
        var events = new LinkedHashMap<String, EventRow>();
        var phases = new LinkedHashMap<String, PhaseRow>();
        var assigned = new java.util.IdentityHashMap<ProgrammeFiles.ScheduleRow, String>();
        var linked = new java.util.IdentityHashMap<ProgrammeFiles.ScheduleRow, String>();
        var taken = new HashSet<String>();
        var pending = new ArrayList<ProgrammeFiles.ScheduleRow>();

        for (var row : rows) {
            if (!disciplines.contains(row.discipline())) {
                throw new ProgrammeRejected("schedules.csv", row.line(), "unknown discipline_code '" + row.discipline() + "'");
            }
            if (!row.venueCode().isEmpty() && !siteCodes.contains(row.venueCode())) {
                throw new ProgrammeRejected("schedules.csv", row.line(), "unknown venue_code '" + row.venueCode() + "'");
            }
            var prefix = codes.eventPrefix(row.discipline(), eventName(row), row.gender());
            var event = UnitCode.eventOf(prefix);
            events.merge(event, new EventRow(event, row.discipline(), eventName(row), row.gender(), row.medal() == 1,
                    codes.derived(row.discipline(), eventName(row))),
                    (a, b) -> a.medal() ? a : b.medal() ? new EventRow(a.code(), a.discipline(), a.name(), a.gender(), true, a.derived()) : a);
            var segment = UnitCodes.linkSegment(row.url());
            if (segment != null && !UnitCodes.namesWholePhase(segment) && taken.add(prefix + segment)) {
                assigned.put(row, prefix + segment);
                linked.put(row, prefix + segment);
            } else {
                pending.add(row);
            }
        }
        var byPhase = new LinkedHashMap<String, List<ProgrammeFiles.ScheduleRow>>();
        var officialPhase = new java.util.HashMap<String, String>();
        for (var row : pending) {
            var segment = UnitCodes.linkSegment(row.url());
            var phase4 = segment != null && !segment.startsWith("----") ? segment.substring(0, 4)
                    : UnitCodes.phaseFromName(row.phase(), row.event());
            var eventPrefix = codes.eventPrefix(row.discipline(), eventName(row), row.gender());
            byPhase.computeIfAbsent(eventPrefix + phase4, k -> new ArrayList<>()).add(row);
            // A row without a usable link (climbing's speed final) is looked up under the official phase its name says.
            var named = segment != null && !segment.startsWith("----") ? phase4 : OfficialUnitCodes.phaseOf(row.phase());
            if (named != null) {
                officialPhase.put(eventPrefix + phase4, eventPrefix + named);
            }
        }
        var official = new OfficialUnitCodes(files.feedUnits());
        byPhase.forEach((phasePrefix, phaseRows) -> {
            var lookup = officialPhase.get(phasePrefix);
            var fromFeed = lookup == null ? java.util.Optional.<Map<ProgrammeFiles.ScheduleRow, String>>empty()
                    : official.assign(lookup, phaseRows, taken);
            fromFeed.ifPresent(found -> found.forEach((row, code) -> {
                taken.add(code);
                assigned.put(row, code);
                linked.put(row, code);
            }));
            for (var row : phaseRows) {
                if (assigned.containsKey(row)) {
                    continue;
                }
                var n = 1;
                while (!taken.add(UnitCodes.numberedUnit(phasePrefix, n))) {
                    n++;
                }
                assigned.put(row, UnitCodes.numberedUnit(phasePrefix, n));
            }
        });

        var units = new ArrayList<UnitRow>();
        for (var row : rows) {
            var code = new UnitCode(assigned.get(row));
            var phaseCode = code.phase();
            var name = row.phase().isEmpty() ? eventName(row) : row.phase();
            phases.putIfAbsent(phaseCode, new PhaseRow(phaseCode, code.event(), name));
            units.add(new UnitRow(code.value(), code.event(), phaseCode, row.discipline(), name,
                    row.gender(), row.eventType(), row.start(), row.end(), row.day(), row.status(), row.medal(),
                    row.venueCode().isEmpty() ? null : row.venueCode(), row.locationCode(), row.locationName(),
                    codes.derived(row.discipline(), eventName(row)) || !code.value().equals(linked.get(row))));
        }
        var sessions = SessionDerivation.derive(units.stream()
                .map(u -> new SessionDerivation.Slot(u.code(), u.site(), u.day(), u.start(), u.end()))
                .toList());
        return new Built(files, sites, List.copyOf(events.values()), List.copyOf(phases.values()), units, sessions);
    }

    /** Ceremonies have no event name in the schedule: the discipline's name stands for it. */
    private static String eventName(ProgrammeFiles.ScheduleRow row) {
        return row.event().isEmpty() ? row.disciplineName() : row.event();
    }

    private static List<SiteRow> sites(ProgrammeFiles.Contents files) {
        var venues = new HashSet<String>();
        files.venues().forEach(v -> venues.add(v.tag()));
        Map<String, ProgrammeFiles.CapacityRow> capacities = new HashMap<>();
        files.capacities().forEach(c -> capacities.put(c.code(), c));
        var sites = new ArrayList<SiteRow>();
        var line = 1;
        for (var site : files.sites()) {
            line++;
            if (!venues.contains(site.venueTag())) {
                throw new ProgrammeRejected("venue-sites.csv", line, "unknown venue_tag '" + site.venueTag() + "'");
            }
            var capacity = capacities.get(site.code());
            if (capacity == null) {
                throw new ProgrammeRejected("venue-sites.csv", line, "no row for " + site.code() + " in venue-capacities.csv");
            }
            sites.add(new SiteRow(site.code(), site.venueTag(), capacity.name(), site.nameFr(), capacity.city(), capacity.capacity(),
                    capacity.source()));
        }
        return sites;
    }
}

package org.podium.games.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes a built programme: upserts every row by its code, then removes rows the new programme
 * no longer has. Codes are stable across imports, so other modules' references stay valid and a
 * second import of the same files changes nothing. Runs inside the importer's transaction.
 */
@Repository
class ProgrammeWriter {

    private final JdbcTemplate jdbc;

    ProgrammeWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void write(ProgrammeBuilder.Built p) {
        var f = p.files();
        upsert("games.discipline", "code", List.of("code", "name_en", "name_fr", "sport_code", "sport_en", "sport_fr"),
                f.disciplines(), d -> new Object[] {d.code(), d.nameEn(), d.nameFr(), d.sportCode(), d.sportEn(), d.sportFr()});
        upsert("games.noc", "code", List.of("code", "name", "name_fr"), f.nocs(),
                n -> new Object[] {n.code(), n.name(), n.nameFr()});
        var french = new java.util.HashMap<String, String>();
        f.venueNames().forEach(n -> french.put(n.tag(), n.nameFr()));
        upsert("games.venue", "tag", List.of("tag", "name", "name_fr", "sports", "date_start", "date_end"), f.venues(),
                v -> new Object[] {v.tag(), v.name(), french.getOrDefault(v.tag(), v.name()), String.join("|", v.sports()),
                        ts(v.start()), ts(v.end())});
        upsert("games.site", "code", List.of("code", "venue_tag", "name", "name_fr", "city", "capacity", "capacity_source"),
                p.sites(), s -> new Object[] {s.code(), s.venue(), s.name(), s.nameFr(), s.city(), s.capacity(), s.source()});
        upsert("games.event", "code", List.of("code", "discipline_code", "name", "gender", "medal", "code_derived"), p.events(),
                e -> new Object[] {e.code(), e.discipline(), e.name(), e.gender(), e.medal(), e.derived()});
        upsert("games.phase", "code", List.of("code", "event_code", "name"), p.phases(),
                ph -> new Object[] {ph.code(), ph.event(), ph.name()});
        var sessionOfUnit = SessionDerivation.sessionOfUnit(p.sessions());
        var medalUnits = new java.util.HashMap<String, Integer>();
        p.units().stream().filter(u -> u.medal() > 0 && sessionOfUnit.containsKey(u.code()))
                .forEach(u -> medalUnits.merge(sessionOfUnit.get(u.code()), 1, Integer::sum));
        upsert("games.session", "code", List.of("code", "site_code", "day", "starts_at", "ends_at", "unit_count", "medal_units"),
                p.sessions(), s -> new Object[] {s.code(), s.site(), s.day(), ts(s.start()), ts(s.end()), s.units().size(),
                        medalUnits.getOrDefault(s.code(), 0)});
        upsert("games.unit", "code", List.of("code", "event_code", "phase_code", "discipline_code", "name", "gender",
                "event_type", "starts_at", "ends_at", "day", "status", "medal", "site_code", "location_code",
                "location_name", "session_code", "code_derived"), p.units(),
                u -> new Object[] {u.code(), u.event(), u.phase(), u.discipline(), u.name(), u.gender(), u.eventType(),
                        ts(u.start()), ts(u.end()), u.day(), u.status(), u.medal(), u.site(), u.locationCode(),
                        u.locationName(), sessionOfUnit.get(u.code()), u.derived()});

        // Children first, so that no reference is left dangling while stale rows go.
        removeStale("games.unit", "code", p.units().stream().map(ProgrammeBuilder.UnitRow::code).toList());
        removeStale("games.session", "code", p.sessions().stream().map(SessionDerivation.Derived::code).toList());
        removeStale("games.phase", "code", p.phases().stream().map(ProgrammeBuilder.PhaseRow::code).toList());
        removeStale("games.event", "code", p.events().stream().map(ProgrammeBuilder.EventRow::code).toList());
        removeStale("games.site", "code", p.sites().stream().map(ProgrammeBuilder.SiteRow::code).toList());
        removeStale("games.venue", "tag", f.venues().stream().map(ProgrammeFiles.VenueRow::tag).toList());
        removeStale("games.noc", "code", f.nocs().stream().map(ProgrammeFiles.NocRow::code).toList());
        removeStale("games.discipline", "code", f.disciplines().stream().map(ProgrammeFiles.DisciplineRow::code).toList());
    }

    void recordImport(String checksum, int units, long millis) {
        jdbc.update("insert into games.programme_import (checksum, imported_at, units, millis) values (?, ?, ?, ?)",
                checksum, Timestamp.from(Instant.now()), units, millis);
    }

    @Nullable String lastChecksum() {
        return jdbc.query("select checksum from games.programme_import order by id desc limit 1",
                rs -> rs.next() ? rs.getString(1) : null);
    }

    private <T> void upsert(String table, String key, List<String> columns, List<T> rows, Function<T, Object[]> values) {
        var updates = columns.stream().filter(c -> !c.equals(key)).map(c -> c + " = excluded." + c).toList();
        var sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ") on conflict (" + key + ") do update set "
                + String.join(", ", updates);
        var batch = new ArrayList<Object[]>(rows.size());
        rows.forEach(r -> batch.add(values.apply(r)));
        jdbc.batchUpdate(sql, batch);
    }

    private void removeStale(String table, String key, List<String> keep) {
        jdbc.update("delete from " + table + " where not (" + key + " = any (?))", (Object) keep.toArray(String[]::new));
    }

    private static @Nullable Timestamp ts(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}

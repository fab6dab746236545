package org.podium.results.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.podium.results.Entry;
import org.podium.results.EventOutcome;
import org.podium.results.Medal;
import org.podium.results.MedalStanding;
import org.podium.results.Medallist;
import org.podium.results.ResultStatus;
import org.podium.results.UnitResult;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Unit result versions, their entries, medals and event outcomes in the results schema. */
@Repository
public class ResultsStore {

    /** A new version to write. */
    record NewVersion(String unitCode, int version, ResultStatus status, String by, Instant at, @Nullable String reason,
                      List<Entry> entries) {}

    private final JdbcTemplate jdbc;

    ResultsStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void recordFeed(String checksum, int lines) {
        jdbc.update("insert into results.feed_import (checksum, imported_at, lines) values (?, now(), ?)", checksum, lines);
    }

    /** Keeps the rank agreement with the import it was computed for (the latest), as JSON. */
    void recordAgreement(String agreementJson) {
        jdbc.update("update results.feed_import set agreement = ?::jsonb where id = (select max(id) from results.feed_import)",
                agreementJson);
    }

    /** The rank agreement of the latest import that has one, as JSON, or null before any import. */
    @Nullable String lastAgreementJson() {
        return jdbc.query("select agreement::text from results.feed_import where agreement is not null order by id desc limit 1",
                rs -> rs.next() ? rs.getString(1) : null);
    }

    @Nullable String lastFeedChecksum() {
        return jdbc.query("select checksum from results.feed_import order by id desc limit 1",
                rs -> rs.next() ? rs.getString(1) : null);
    }

    Set<String> unitsWithResults() {
        return new HashSet<>(jdbc.queryForList("select distinct unit_code from results.unit_version", String.class));
    }

    void append(Collection<NewVersion> versions) {
        jdbc.batchUpdate("insert into results.unit_version (unit_code, version, status, by_whom, at, reason) values (?, ?, ?, ?, ?, ?)",
                versions.stream().map(v -> new Object[] {v.unitCode(), v.version(), v.status().name(), v.by(),
                        Timestamp.from(v.at()), v.reason()}).toList());
        var rows = new ArrayList<Object[]>();
        for (var v : versions) {
            var position = 0;
            for (var e : v.entries()) {
                rows.add(new Object[] {v.unitCode(), v.version(), position++, e.competitorCode(), e.competitorName(),
                        e.competitorType(), e.noc(), e.value(), e.resultType(), e.irm(), e.wlt(), e.rank(), e.rankEqual(),
                        e.feedRank(), e.attempts() == null ? null : String.join(" ", e.attempts())});
            }
        }
        jdbc.batchUpdate("""
                insert into results.entry (unit_code, version, position, competitor_code, competitor_name, competitor_type,
                  noc, value, result_type, irm, wlt, rank, rank_equal, feed_rank, attempts)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    /**
     * Serialises writers of one unit (a transaction-scoped advisory lock on the unit code, which
     * works before the unit has any row), then reads its latest version.
     */
    Optional<UnitResult> lockAndReadCurrent(String unitCode) {
        jdbc.queryForObject("select pg_advisory_xact_lock(hashtext(?)) is null", Boolean.class, unitCode);
        return current(unitCode);
    }

    /** The competitors of the unit's first version, its start list. */
    List<Entry> firstVersionEntries(String unitCode) {
        return jdbc.query("select * from results.entry where unit_code = ? and version = 1 order by position",
                (rs, n) -> entry(rs), unitCode);
    }

    /**
     * Replaces one event's medallists: by the engine ({@code byHand} null), unless an administrator
     * decided the event; or by an administrator, which the engine then respects.
     */
    boolean replaceOutcome(EventOutcome outcome, @Nullable String byHand) {
        if (byHand == null && decidedByHand().contains(outcome.eventCode())) {
            return false;
        }
        jdbc.update("delete from results.medal where event_code = ?", outcome.eventCode());
        jdbc.update("""
                insert into results.event_outcome (event_code, reason, decided_by) values (?, ?, ?)
                on conflict (event_code) do update set reason = excluded.reason, decided_by = excluded.decided_by""",
                outcome.eventCode(), outcome.incompleteBecause(), byHand);
        insertMedals(outcome.medallists());
        return true;
    }

    private void insertMedals(List<Medallist> medallists) {
        jdbc.batchUpdate("""
                insert into results.medal (event_code, medal, competitor_code, competitor_name, noc, unit_code)
                values (?, ?, ?, ?, ?, ?) on conflict do nothing""",
                medallists.stream().map(m -> new Object[] {m.eventCode(), m.medal().name(), m.competitorCode(),
                        m.competitorName(), m.noc(), m.unitCode()}).toList());
    }

    /** The unit at one of these sites whose result changed last, if any. */
    public Optional<String> lastPublishedUnit(Collection<String> unitCodes) {
        return jdbc.query("""
                select unit_code from results.unit_version where unit_code = any (?)
                order by at desc, version desc limit 1""",
                rs -> rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty(),
                (Object) unitCodes.toArray(String[]::new));
    }

    /** Every medal of one NOC, gold first. */
    public List<Medallist> medalsOf(String noc) {
        return jdbc.query("""
                select * from results.medal where noc = ?
                order by case medal when 'GOLD' then 1 when 'SILVER' then 2 else 3 end, event_code""",
                (rs, n) -> new Medallist(rs.getString("event_code"), Medal.valueOf(rs.getString("medal")),
                        rs.getString("competitor_code"), rs.getString("competitor_name"), rs.getString("noc"),
                        rs.getString("unit_code")), noc);
    }

    /** Units (other than this one) where both competitors have a line in the latest version, oldest first. */
    public List<String> meetings(String unitCode, String first, String second) {
        return jdbc.queryForList("""
                select a.unit_code from results.entry a
                join results.entry b on b.unit_code = a.unit_code and b.version = a.version
                join (select unit_code, max(version) as version from results.unit_version group by unit_code) v
                  on v.unit_code = a.unit_code and v.version = a.version
                join results.unit_version uv on uv.unit_code = a.unit_code and uv.version = a.version
                where a.competitor_code = ? and b.competitor_code = ? and a.unit_code <> ?
                order by uv.at""", String.class, first, second, unitCode);
    }

    /** A competitor's lines in the latest version of every unit they appear in, by unit code. */
    public Map<String, Entry> appearancesOf(String competitorCode) {
        var map = new java.util.TreeMap<String, Entry>();
        jdbc.query("""
                select e.* from results.entry e
                join (select unit_code, max(version) as version from results.unit_version group by unit_code) v
                  on v.unit_code = e.unit_code and v.version = e.version
                where e.competitor_code = ?""",
                rs -> {
                    map.put(rs.getString("unit_code"), entry(rs));
                }, competitorCode);
        return map;
    }

    public Optional<UnitResult> current(String unitCode) {
        var versions = jdbc.query("""
                select unit_code, version, status, by_whom, at from results.unit_version
                where unit_code = ? order by version desc limit 1""",
                (rs, n) -> new UnitResult(rs.getString(1), rs.getInt(2), ResultStatus.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getTimestamp(5).toInstant(), List.of()), unitCode);
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        var head = versions.getFirst();
        var entries = jdbc.query("select * from results.entry where unit_code = ? and version = ? order by position",
                (rs, n) -> entry(rs), unitCode, head.version());
        return Optional.of(new UnitResult(head.unitCode(), head.version(), head.status(), head.by(), head.at(), entries));
    }

    /** A unit's latest result version without its lines: status, version, when. */
    public record LatestVersion(String unitCode, int version, ResultStatus status, java.time.Instant at) {
    }

    /** The latest version of each of these units that has a result. */
    public Map<String, LatestVersion> latestVersions(Collection<String> unitCodes) {
        var latest = new java.util.HashMap<String, LatestVersion>();
        if (unitCodes.isEmpty()) {
            return latest;
        }
        jdbc.query("""
                select distinct on (unit_code) unit_code, version, status, at from results.unit_version
                where unit_code = any (?) order by unit_code, version desc""",
                rs -> {
                    latest.put(rs.getString(1), new LatestVersion(rs.getString(1), rs.getInt(2),
                            ResultStatus.valueOf(rs.getString(3)), rs.getTimestamp(4).toInstant()));
                },
                (Object) unitCodes.toArray(String[]::new));
        return latest;
    }

    /** The latest entries of every unit whose code starts with the prefix (an event's 22 characters). */
    Map<String, List<Entry>> currentEntriesWithPrefix(String prefix) {
        var codes = jdbc.queryForList("select distinct unit_code from results.unit_version where unit_code like ?",
                String.class, prefix.replace("_", "\\_").replace("%", "\\%") + "%");
        return currentEntries(codes);
    }

    /** Of these units, those whose latest version is OFFICIAL. */
    Set<String> officialUnits(Collection<String> unitCodes) {
        return new HashSet<>(jdbc.queryForList("""
                select v.unit_code from results.unit_version v
                join (select unit_code, max(version) as version from results.unit_version
                      where unit_code = any (?) group by unit_code) latest
                  on latest.unit_code = v.unit_code and latest.version = v.version
                where v.status = 'OFFICIAL'""", String.class, (Object) unitCodes.toArray(String[]::new)));
    }

    /** The latest entries of each of these units that has a result. */
    Map<String, List<Entry>> currentEntries(Collection<String> unitCodes) {
        var map = new HashMap<String, List<Entry>>();
        jdbc.query("""
                select e.* from results.entry e
                join (select unit_code, max(version) as version from results.unit_version
                      where unit_code = any (?) group by unit_code) v
                  on v.unit_code = e.unit_code and v.version = e.version
                order by e.unit_code, e.position""",
                rs -> {
                    map.computeIfAbsent(rs.getString("unit_code"), k -> new ArrayList<>()).add(entry(rs));
                }, (Object) unitCodes.toArray(String[]::new));
        return map;
    }

    /** The engine's decisions for every event, except those an administrator decided by hand. */
    void replaceOutcomes(List<EventOutcome> outcomes) {
        var byHand = decidedByHand();
        jdbc.update("delete from results.medal where event_code not in (select event_code from results.event_outcome"
                + " where decided_by is not null)");
        jdbc.update("delete from results.event_outcome where decided_by is null");
        var engine = outcomes.stream().filter(o -> !byHand.contains(o.eventCode())).toList();
        jdbc.batchUpdate("insert into results.event_outcome (event_code, reason) values (?, ?)",
                engine.stream().map(o -> new Object[] {o.eventCode(), o.incompleteBecause()}).toList());
        insertMedals(engine.stream().flatMap(o -> o.medallists().stream()).toList());
    }

    Set<String> decidedByHand() {
        return new HashSet<>(jdbc.queryForList("select event_code from results.event_outcome where decided_by is not null",
                String.class));
    }

    /** Ordered by gold, silver, bronze; NOCs equal on all three share the rank (then listed by code). */
    public List<MedalStanding> medalTable() {
        var counted = jdbc.query("""
                select noc,
                       count(*) filter (where medal = 'GOLD') as gold,
                       count(*) filter (where medal = 'SILVER') as silver,
                       count(*) filter (where medal = 'BRONZE') as bronze
                from results.medal group by noc
                order by gold desc, silver desc, bronze desc, noc""",
                (rs, n) -> new MedalStanding(0, rs.getString("noc"), rs.getInt("gold"), rs.getInt("silver"), rs.getInt("bronze")));
        var table = new ArrayList<MedalStanding>(counted.size());
        for (var i = 0; i < counted.size(); i++) {
            var s = counted.get(i);
            var previous = i == 0 ? null : table.get(i - 1);
            var tied = previous != null && previous.gold() == s.gold() && previous.silver() == s.silver()
                    && previous.bronze() == s.bronze();
            table.add(new MedalStanding(tied ? previous.rank() : i + 1, s.noc(), s.gold(), s.silver(), s.bronze()));
        }
        return table;
    }

    /** How many medals of each colour a unit awarded. */
    public record UnitMedals(String eventCode, String unitCode, Medal medal, int count) {}

    public List<UnitMedals> medalsPerUnit() {
        return jdbc.query("select event_code, unit_code, medal, count(*) from results.medal group by event_code, unit_code, medal",
                (rs, n) -> new UnitMedals(rs.getString(1), rs.getString(2), Medal.valueOf(rs.getString(3)), rs.getInt(4)));
    }

    public List<Medallist> medallists(String eventCode) {
        return jdbc.query("""
                select * from results.medal where event_code = ?
                order by case medal when 'GOLD' then 1 when 'SILVER' then 2 else 3 end, competitor_name""",
                (rs, n) -> new Medallist(rs.getString("event_code"), Medal.valueOf(rs.getString("medal")),
                        rs.getString("competitor_code"), rs.getString("competitor_name"), rs.getString("noc"),
                        rs.getString("unit_code")), eventCode);
    }

    public Optional<String> incompleteBecause(String eventCode) {
        return jdbc.query("select reason from results.event_outcome where event_code = ?",
                rs -> rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.of("no result yet"), eventCode);
    }

    private static Entry entry(ResultSet rs) throws SQLException {
        return new Entry(rs.getString("competitor_code"), rs.getString("competitor_name"), rs.getString("competitor_type"),
                rs.getString("noc"), rs.getString("value"), rs.getString("result_type"), rs.getString("irm"),
                rs.getString("wlt"), rs.getObject("rank", Integer.class), rs.getBoolean("rank_equal"),
                rs.getObject("feed_rank", Integer.class),
                rs.getString("attempts") == null ? null : List.of(rs.getString("attempts").split(" ")));
    }
}

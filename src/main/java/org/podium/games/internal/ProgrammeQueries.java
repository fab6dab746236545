package org.podium.games.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.podium.games.Discipline;
import org.podium.games.Event;
import org.podium.games.Noc;
import org.podium.games.Page;
import org.podium.games.Phase;
import org.podium.games.Session;
import org.podium.games.Site;
import org.podium.games.Unit;
import org.podium.games.UnitQuery;
import org.podium.games.Venue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the stored programme. */
@Repository
public class ProgrammeQueries {

    private static final String UNIT_SELECT = """
            select u.code, u.event_code, e.name as event_name, u.discipline_code, u.name, u.gender, u.starts_at,
                   u.ends_at, u.day, u.status, u.medal, u.site_code, s.venue_tag, v.name as venue_name,
                   u.location_name, u.session_code
            from games.unit u
            join games.event e on e.code = u.event_code
            left join games.site s on s.code = u.site_code
            left join games.venue v on v.tag = s.venue_tag
            """;

    private static final String SESSION_SELECT = """
            select se.code, se.site_code, s.venue_tag, v.name as venue_name, se.day, se.starts_at, se.ends_at,
                   se.unit_count, se.medal_units
            from games.session se
            join games.site s on s.code = se.site_code
            join games.venue v on v.tag = s.venue_tag
            """;

    private final JdbcClient jdbc;

    ProgrammeQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Page<Unit> units(UnitQuery query, int page, int size) {
        var where = new StringBuilder(" where true");
        var params = new LinkedHashMap<String, Object>();
        if (query.day() != null) {
            where.append(" and u.day = :day");
            params.put("day", query.day());
        }
        if (query.discipline() != null) {
            where.append(" and u.discipline_code = :discipline");
            params.put("discipline", query.discipline());
        }
        if (query.venue() != null) {
            where.append(" and s.venue_tag = :venue");
            params.put("venue", query.venue());
        }
        if (query.event() != null) {
            where.append(" and u.event_code = :event");
            params.put("event", query.event());
        }
        if (query.medalOnly()) {
            where.append(" and u.medal > 0");
        }
        var total = jdbc.sql("select count(*) from games.unit u left join games.site s on s.code = u.site_code" + where)
                .params(params).query(Long.class).single();
        var items = jdbc.sql(UNIT_SELECT + where + " order by u.starts_at, u.code limit :limit offset :offset")
                .params(params).param("limit", size).param("offset", (long) page * size)
                .query(ProgrammeQueries::unit).list();
        return new Page<>(items, page, size, total);
    }

    public Optional<Unit> unit(String code) {
        return jdbc.sql(UNIT_SELECT + " where u.code = :code").param("code", code).query(ProgrammeQueries::unit).optional();
    }

    public List<Unit> unitsBetween(Instant from, Instant to) {
        return jdbc.sql(UNIT_SELECT + " where u.starts_at < :to and coalesce(u.ends_at, u.starts_at + interval '1 hour') > :from"
                        + " and u.status <> 'CANCELLED' order by u.starts_at, u.code")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query(ProgrammeQueries::unit).list();
    }

    public List<LocalDate> days() {
        return jdbc.sql("select distinct day from games.unit order by day").query(LocalDate.class).list();
    }

    public List<Discipline> disciplines() {
        return jdbc.sql("select * from games.discipline d where exists (select 1 from games.unit u where u.discipline_code = d.code)"
                        + " order by sport_en, name_en")
                .query((rs, n) -> new Discipline(rs.getString("code"), rs.getString("name_en"), rs.getString("name_fr"),
                        rs.getString("sport_code"), rs.getString("sport_en"), rs.getString("sport_fr")))
                .list();
    }

    private static final String EVENT_SELECT = """
            select e.*, (select count(*) from games.unit u where u.event_code = e.code) as unit_count
            from games.event e
            """;

    public List<Event> events(@Nullable String discipline) {
        return jdbc.sql(EVENT_SELECT + """
                         where (cast(:discipline as text) is null or e.discipline_code = :discipline)
                         order by e.discipline_code, e.name""")
                .param("discipline", discipline)
                .query(ProgrammeQueries::event).list();
    }

    public Optional<Event> event(String code) {
        return jdbc.sql(EVENT_SELECT + " where e.code = :code").param("code", code).query(ProgrammeQueries::event).optional();
    }

    private static Event event(ResultSet rs, int n) throws SQLException {
        return new Event(rs.getString("code"), rs.getString("discipline_code"), rs.getString("name"),
                rs.getString("gender"), rs.getBoolean("medal"), rs.getBoolean("code_derived"), rs.getInt("unit_count"));
    }

    public List<Phase> phases(String event) {
        return jdbc.sql("""
                        select p.* from games.phase p where p.event_code = :event
                        order by (select min(starts_at) from games.unit u where u.phase_code = p.code)""")
                .param("event", event)
                .query((rs, n) -> new Phase(rs.getString("code"), rs.getString("event_code"), rs.getString("name")))
                .list();
    }

    public List<Venue> venues() {
        var sites = jdbc.sql("select * from games.site order by code").query(ProgrammeQueries::site).list();
        return jdbc.sql("select * from games.venue order by name")
                .query((rs, n) -> venue(rs, sites))
                .list();
    }

    public List<Session> sessions(@Nullable String venue, @Nullable LocalDate day) {
        return jdbc.sql(SESSION_SELECT + """
                         where (cast(:venue as text) is null or s.venue_tag = :venue)
                           and (cast(:day as date) is null or se.day = :day)
                         order by se.starts_at, se.code""")
                .param("venue", venue).param("day", day)
                .query(ProgrammeQueries::session).list();
    }

    public List<Session> sessionsStartingFrom(Instant from, int limit) {
        return jdbc.sql(SESSION_SELECT + " where se.starts_at >= :from order by se.starts_at, se.code limit :limit")
                .param("from", Timestamp.from(from)).param("limit", limit)
                .query(ProgrammeQueries::session).list();
    }

    public Optional<Session> session(String code) {
        return jdbc.sql(SESSION_SELECT + " where se.code = :code").param("code", code).query(ProgrammeQueries::session).optional();
    }

    /** Venue tag to the codes of the disciplines played there. */
    public java.util.Map<String, List<String>> disciplinesByVenue() {
        var map = new java.util.TreeMap<String, List<String>>();
        jdbc.sql("""
                select distinct s.venue_tag, u.discipline_code from games.unit u join games.site s on s.code = u.site_code
                order by 1, 2""")
                .query((rs, n) -> java.util.Map.entry(rs.getString(1), rs.getString(2))).list()
                .forEach(e -> map.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return map;
    }

    public List<Noc> nocs() {
        return jdbc.sql("select code, name, name_fr from games.noc order by code")
                .query((rs, n) -> new Noc(rs.getString("code"), rs.getString("name"), rs.getString("name_fr"))).list();
    }

    public long count(String table) {
        return jdbc.sql("select count(*) from games." + switch (table) {
            case "unit", "event", "venue", "site", "session", "phase", "noc", "discipline" -> table;
            default -> throw new IllegalArgumentException(table);
        }).query(Long.class).single();
    }

    private static Unit unit(ResultSet rs, int n) throws SQLException {
        return new Unit(rs.getString("code"), rs.getString("event_code"), rs.getString("event_name"),
                rs.getString("discipline_code"), rs.getString("name"), rs.getString("gender"), instant(rs, "starts_at"),
                instant(rs, "ends_at"), rs.getObject("day", LocalDate.class), rs.getString("status"), rs.getInt("medal"),
                rs.getString("site_code"), rs.getString("venue_tag"), rs.getString("venue_name"),
                rs.getString("location_name"), rs.getString("session_code"));
    }

    private static Session session(ResultSet rs, int n) throws SQLException {
        return new Session(rs.getString("code"), rs.getString("site_code"), rs.getString("venue_tag"),
                rs.getString("venue_name"), rs.getObject("day", LocalDate.class), instant(rs, "starts_at"),
                instant(rs, "ends_at"), rs.getInt("unit_count"), rs.getInt("medal_units"));
    }

    private static Site site(ResultSet rs, int n) throws SQLException {
        var capacity = rs.getObject("capacity", Integer.class);
        return new Site(rs.getString("code"), rs.getString("venue_tag"), rs.getString("name"), rs.getString("name_fr"),
                rs.getString("city"),
                capacity, rs.getString("capacity_source"));
    }

    private static Venue venue(ResultSet rs, List<Site> sites) throws SQLException {
        var tag = rs.getString("tag");
        var own = new ArrayList<Site>();
        sites.stream().filter(s -> s.venueTag().equals(tag)).forEach(own::add);
        return new Venue(tag, rs.getString("name"), rs.getString("name_fr"), Arrays.asList(rs.getString("sports").split("\\|")),
                instant(rs, "date_start"), instant(rs, "date_end"), own);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        var ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}

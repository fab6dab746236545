package org.podium.workforce.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.podium.workforce.internal.roster.RosterPlanner;
import org.podium.workforce.internal.roster.RosterRules;
import org.podium.workforce.internal.roster.Shift;
import org.podium.workforce.internal.roster.Volunteer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The roster as stored: shifts made from the demand, planned with Timefold (or the first-fit baseline,
 * for comparison), published up to a day. A plan moves only unpublished shifts.
 */
@Component
class Rostering implements AutoCloseable {

    static final LocalDate GAMES_START = LocalDate.of(2024, 7, 26);

    /** One planning run as the page shows it. */
    public record Run(long id, String method, double seconds, String score, int filled, int open, double hoursStdDev, long movesPerSecond,
               List<RosterRules.Share> breakdown, int hardViolations) {}

    private final JdbcClient jdbc;
    private final Demand demand;
    private final RosterPlanner planner;
    private final ObjectMapper json = JsonMapper.builder().build();

    Rostering(JdbcClient jdbc, Demand demand, @Value("${podium.workforce.solver.unimproved:PT1S}") Duration unimproved,
              @Value("${podium.workforce.solver.spent:PT5S}") Duration spent) {
        this.jdbc = jdbc;
        this.demand = demand;
        this.planner = new RosterPlanner(unimproved, spent, Runtime.getRuntime().availableProcessors());
    }

    /** Makes the shifts the demand needs, once; returns how many exist. */
    @Transactional
    int createShifts() {
        var existing = jdbc.sql("select count(*) from workforce.shift").query(Integer.class).single();
        if (existing > 0) {
            return existing;
        }
        var positions = demand.positions();
        var rows = positions.stream().flatMap(p -> java.util.stream.IntStream.range(0, p.count()).mapToObj(i -> p)).toList();
        for (var from = 0; from < rows.size(); from += 20_000) {
            var slice = rows.subList(from, Math.min(rows.size(), from + 20_000));
            jdbc.sql("""
                    insert into workforce.shift (venue, area, starts_at, ends_at, language, minimum_age)
                    select * from unnest(:venues::text[], :areas::text[], :starts::timestamp[], :ends::timestamp[], :languages::text[], :ages::int[])""")
                    .param("venues", Applicants.literal(slice.stream().map(Demand.Position::venue).toList()))
                    .param("areas", Applicants.literal(slice.stream().map(Demand.Position::area).toList()))
                    .param("starts", Applicants.literal(slice.stream().map(p -> p.start().toString()).toList()))
                    .param("ends", Applicants.literal(slice.stream().map(p -> p.end().toString()).toList()))
                    .param("languages", "{" + slice.stream().map(p -> p.language() == null ? "NULL" : p.language()).collect(Collectors.joining(",")) + "}")
                    .param("ages", "{" + slice.stream().map(p -> String.valueOf(p.minimumAge())).collect(Collectors.joining(",")) + "}")
                    .update();
        }
        return rows.size();
    }

    /** The accepted volunteers, of one venue or of all. */
    List<Volunteer> volunteers(@Nullable String venue) {
        return jdbc.sql("select " + Applicants.COLUMNS + " from workforce.applicant where status = 'ACCEPTED' and venue is not null"
                        + " and (:venue::text is null or venue = :venue)")
                .param("venue", venue).query(Applicants::row).stream().map(Rostering::volunteer).toList();
    }

    static Volunteer volunteer(Applicants.Applicant a) {
        var spoken = a.languages().stream().filter(l -> l.compareTo(l.substring(0, 3) + "B1") >= 0).map(l -> l.substring(0, 2))
                .collect(Collectors.toUnmodifiableSet());
        return new Volunteer(a.id(), a.reference(), a.age(GAMES_START), java.util.Set.copyOf(a.skills()), spoken,
                java.util.Set.copyOf(a.availableDays()), a.venue(), a.area(), 0);
    }

    List<Shift> shifts(List<Volunteer> volunteers, @Nullable String venue) {
        var byId = volunteers.stream().collect(Collectors.toMap(Volunteer::id, v -> v));
        return jdbc.sql("select id, venue, area, starts_at, ends_at, language, minimum_age, applicant_id, published from workforce.shift"
                        + " where (:venue::text is null or venue = :venue) order by id")
                .param("venue", venue).query((rs, n) -> shift(rs, byId)).list();
    }

    /** The volunteer's shifts (published or not), held by them. */
    List<Shift> shiftsOf(Volunteer volunteer) {
        return new java.util.ArrayList<>(jdbc.sql("select id, venue, area, starts_at, ends_at, language, minimum_age, applicant_id, published"
                        + " from workforce.shift where applicant_id = :id order by starts_at")
                .param("id", volunteer.id()).query((rs, n) -> shift(rs, Map.of(volunteer.id(), volunteer))).list());
    }

    /** One shift, locked for the transaction; its holder as a bare volunteer (id only is meaningful). */
    Shift shift(long id) {
        return jdbc.sql("select id, venue, area, starts_at, ends_at, language, minimum_age, applicant_id, published from workforce.shift"
                        + " where id = :id for update")
                .param("id", id).query((rs, n) -> {
                    var holder = (Long) rs.getObject(8);
                    var byId = holder == null ? Map.<Long, Volunteer>of()
                            : Map.of(holder, new Volunteer(holder, "", 0, java.util.Set.of(), java.util.Set.of(), java.util.Set.of(), "", null, 0));
                    return shift(rs, byId);
                }).single();
    }

    private static Shift shift(ResultSet rs, Map<Long, Volunteer> volunteers) throws SQLException {
        var shift = new Shift(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDateTime.class),
                rs.getObject(5, LocalDateTime.class), rs.getString(6), rs.getInt(7), List.of());
        var holder = (Long) rs.getObject(8);
        shift.setVolunteer(holder == null ? null : volunteers.get(holder));
        shift.setPublished(rs.getBoolean(9));
        return shift;
    }

    /**
     * Plans every unpublished shift: {@code timefold}, or {@code first-fit} (the baseline, for
     * comparison). Timefold starts from the current draft where it still holds, unless {@code fresh}.
     */
    @Transactional
    Run plan(String method, boolean fresh) {
        return plan(method, fresh, null);
    }

    /** The same for one venue only (its volunteers work nowhere else). */
    @Transactional
    Run plan(String method, boolean fresh, @Nullable String venue) {
        var volunteers = volunteers(venue);
        var shifts = shifts(volunteers, venue);
        if (fresh) {
            shifts.stream().filter(s -> !s.isPublished()).forEach(s -> s.setVolunteer(null));
        }
        var started = System.nanoTime();
        long moves = 0;
        String score;
        if ("first-fit".equals(method)) {
            shifts.stream().filter(s -> !s.isPublished()).forEach(s -> s.setVolunteer(null));
            RosterPlanner.firstFit(volunteers, shifts);
        } else {
            var outcome = planner.plan(volunteers, shifts);
            moves = outcome.movesPerSecond();
        }
        var seconds = (System.nanoTime() - started) / 1e9;
        var breakdown = RosterRules.breakdown(shifts);
        score = breakdown.stream().mapToLong(RosterRules.Share::hard).sum() + "hard/" + breakdown.stream().mapToLong(RosterRules.Share::medium).sum()
                + "medium/" + breakdown.stream().mapToLong(RosterRules.Share::soft).sum() + "soft";
        write(shifts);
        var filled = (int) shifts.stream().filter(s -> s.getVolunteer() != null).count();
        var run = new Run(0, method, seconds, score, filled, shifts.size() - filled, RosterPlanner.hoursStandardDeviation(volunteers, shifts),
                moves, breakdown, RosterRules.violations(shifts).size());
        var id = jdbc.sql("""
                insert into workforce.roster_run (started_at, method, seconds, score, filled, open_shifts, hours_std_dev, moves_per_second, breakdown,
                    hard_violations)
                values (now(), :method, :seconds, :score, :filled, :open, :std, :moves, :breakdown::jsonb, :violations) returning id""")
                .param("violations", run.hardViolations())
                .param("method", method).param("seconds", seconds).param("score", score).param("filled", filled).param("open", run.open())
                .param("std", run.hoursStdDev()).param("moves", moves).param("breakdown", breakdownJson(breakdown))
                .query(Long.class).single();
        return new Run(id, run.method(), seconds, score, filled, run.open(), run.hoursStdDev(), moves, breakdown, run.hardViolations());
    }

    private String breakdownJson(List<RosterRules.Share> breakdown) {
        return json.writeValueAsString(breakdown);
    }

    private void write(List<Shift> shifts) {
        var open = shifts.stream().filter(s -> !s.isPublished()).toList();
        for (var from = 0; from < open.size(); from += 20_000) {
            var slice = open.subList(from, Math.min(open.size(), from + 20_000));
            jdbc.sql("""
                    update workforce.shift s set applicant_id = v.applicant from unnest(:ids::bigint[], :applicants::bigint[]) as v(id, applicant)
                    where s.id = v.id and not s.published""")
                    .param("ids", "{" + slice.stream().map(s -> String.valueOf(s.getId())).collect(Collectors.joining(",")) + "}")
                    .param("applicants", "{" + slice.stream().map(s -> s.getVolunteer() == null ? "NULL" : String.valueOf(s.getVolunteer().id()))
                            .collect(Collectors.joining(",")) + "}")
                    .update();
        }
    }

    /** Publishes every shift (of one venue, or all) starting before {@code until}: volunteers see them, re-plans keep them. */
    @Transactional
    int publish(LocalDate until, @Nullable String venue) {
        return jdbc.sql("update workforce.shift set published = true where not published and starts_at < :until"
                        + " and (:venue::text is null or venue = :venue)")
                .param("until", until.atStartOfDay()).param("venue", venue).update();
    }

    @Nullable Run lastRun() {
        return jdbc.sql("select id, method, seconds, score, filled, open_shifts, hours_std_dev, moves_per_second, breakdown::text, hard_violations"
                        + " from workforce.roster_run order by id desc limit 1")
                .query((rs, n) -> new Run(rs.getLong(1), rs.getString(2), rs.getDouble(3), rs.getString(4), rs.getInt(5), rs.getInt(6),
                        rs.getDouble(7), rs.getLong(8), shares(rs.getString(9)), rs.getInt(10)))
                .optional().orElse(null);
    }

    private List<RosterRules.Share> shares(String text) {
        return List.of(json.readValue(text, RosterRules.Share[].class));
    }

    /** Positions and filled positions per venue and day, for the demand chart. */
    Map<LocalDate, int[]> coverage(String venue) {
        var coverage = new java.util.TreeMap<LocalDate, int[]>();
        jdbc.sql("select starts_at::date, count(*), count(applicant_id) from workforce.shift where venue = :venue group by 1")
                .param("venue", venue)
                .query((rs, n) -> coverage.put(rs.getObject(1, LocalDate.class), new int[] {rs.getInt(2), rs.getInt(3)})).list();
        return coverage;
    }

    @Override
    public void close() {
        planner.close();
    }
}

package org.podium.workforce.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Chooses who is invited, venue by venue and area by area, within quotas proportional to the
 * demand's hours. The score reads only what the role needs and what the applicant asked for: days
 * available while the venue operates, the area and venue they prefer, languages spoken well; never
 * gender, age (beyond the legal minimum and a role's), nationality or disability. Scarcest teams
 * choose first; the next best form each team's standby pool. Documented in docs/modules/workforce.md.
 */
@Component
class Selection {

    static final int DAY_POINTS = 10;
    static final int AREA_PREFERRED = 30;
    static final int VENUE_PREFERRED = 20;
    static final int LANGUAGE_POINTS = 5;
    static final int MIN_DAYS_AT_VENUE = 3;

    /** A team to fill: a functional area at a venue, its quota of volunteers and the days it works. */
    record Team(String venue, String area, int quota, long days, @Nullable String language, int minimumAge) {}

    /** What selection reads of an applicant, days as a bit per day from 12 July; languages spoken at B1 or better. */
    record Candidate(long id, int age, long days, List<String> skills, java.util.Set<String> spoken, int fluentLanguages,
                     List<String> preferredAreas, List<String> preferredVenues) {

        int score(Team team) {
            var score = Math.min(Long.bitCount(days & team.days()), Long.bitCount(team.days())) * DAY_POINTS;
            score += preferredAreas.contains(team.area()) ? AREA_PREFERRED : 0;
            score += preferredVenues.contains(team.venue()) ? VENUE_PREFERRED : 0;
            return score + Math.max(0, fluentLanguages - 1) * LANGUAGE_POINTS;
        }

        boolean eligible(Team team) {
            return skills.contains(team.area()) && age >= team.minimumAge()
                    && (team.language() == null || spoken.contains(team.language()))
                    && Long.bitCount(days & team.days()) >= Math.min(MIN_DAYS_AT_VENUE, Long.bitCount(team.days()));
        }
    }

    public record Outcome(int invited, int standby, int teams) {}

    private final JdbcClient jdbc;
    private final Demand demand;
    private final WorkforceProperties properties;

    Selection(JdbcClient jdbc, Demand demand, WorkforceProperties properties) {
        this.jdbc = jdbc;
        this.demand = demand;
        this.properties = properties;
    }

    static long day(LocalDate day) {
        return 1L << (day.toEpochDay() - SyntheticApplicants.FIRST_DAY.toEpochDay());
    }

    List<Team> teams() {
        var positions = demand.positions();
        var total = positions.stream().mapToLong(Demand.Position::minutes).sum();
        var byTeam = positions.stream().collect(Collectors.groupingBy(p -> p.venue() + "|" + p.area()));
        var teams = new ArrayList<Team>();
        byTeam.forEach((key, list) -> {
            var minutes = list.stream().mapToLong(Demand.Position::minutes).sum();
            var days = list.stream().mapToLong(p -> day(p.day())).reduce(0, (a, b) -> a | b);
            var quota = (int) Math.max(1, Math.round((double) properties.volunteers() * minutes / total));
            var first = list.getFirst();
            teams.add(new Team(first.venue(), first.area(), quota, days, first.language(), Math.max(18, first.minimumAge())));
        });
        return teams;
    }

    /** Selects among the applications not yet decided; those already invited or accepted keep their place. */
    @Transactional
    Outcome select() {
        var candidates = jdbc.sql("select id, birth_date, available_days, skills, languages, preferred_areas, preferred_venues"
                + " from workforce.applicant where status = 'APPLIED' order by id").query(Selection::candidate).list();
        var taken = jdbc.sql("select venue || '|' || area, count(*) from workforce.applicant where status in ('INVITED', 'ACCEPTED')"
                + " group by 1").query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        var teams = teams();
        // Only those with the area's skill can join its teams: each team looks at its area's list.
        var byArea = new HashMap<String, List<Candidate>>();
        for (var candidate : candidates) {
            candidate.skills().forEach(area -> byArea.computeIfAbsent(area, a -> new ArrayList<>()).add(candidate));
        }
        var eligible = new HashMap<Team, Integer>();
        for (var team : teams) {
            eligible.put(team, (int) byArea.getOrDefault(team.area(), List.of()).stream().filter(c -> c.eligible(team)).count());
        }
        teams.sort(Comparator.comparingDouble(t -> (double) eligible.get(t) / t.quota()));
        var chosen = new HashMap<Long, String[]>();
        var invited = 0;
        var standby = 0;
        for (var team : teams) {
            var open = team.quota() - taken.getOrDefault(team.venue() + "|" + team.area(), 0);
            var pool = (int) Math.ceil(team.quota() * properties.standbyShare());
            var ranked = byArea.getOrDefault(team.area(), List.of()).stream().filter(c -> !chosen.containsKey(c.id()) && c.eligible(team))
                    .sorted(Comparator.comparingInt((Candidate c) -> c.score(team)).reversed().thenComparingLong(Candidate::id))
                    .limit(Math.max(0, open) + pool).toList();
            for (var i = 0; i < ranked.size(); i++) {
                var status = i < open ? "INVITED" : "STANDBY";
                chosen.put(ranked.get(i).id(), new String[] {status, team.venue(), team.area(), String.valueOf(ranked.get(i).score(team))});
                if (i < open) {
                    invited++;
                } else {
                    standby++;
                }
            }
        }
        write(chosen);
        return new Outcome(invited, standby, teams.size());
    }

    private void write(Map<Long, String[]> chosen) {
        var entries = List.copyOf(chosen.entrySet());
        for (var from = 0; from < entries.size(); from += 10_000) {
            var slice = entries.subList(from, Math.min(entries.size(), from + 10_000));
            jdbc.sql("""
                    update workforce.applicant a set status = v.status, venue = v.venue, area = v.area, score = v.score, decided_at = now()
                    from unnest(:ids::bigint[], :statuses::text[], :venues::text[], :areas::text[], :scores::int[]) as v(id, status, venue, area, score)
                    where a.id = v.id and a.status = 'APPLIED'""")
                    .param("ids", "{" + slice.stream().map(e -> e.getKey().toString()).collect(Collectors.joining(",")) + "}")
                    .param("statuses", Applicants.literal(slice.stream().map(e -> e.getValue()[0]).toList()))
                    .param("venues", Applicants.literal(slice.stream().map(e -> e.getValue()[1]).toList()))
                    .param("areas", Applicants.literal(slice.stream().map(e -> e.getValue()[2]).toList()))
                    .param("scores", "{" + slice.stream().map(e -> e.getValue()[3]).collect(Collectors.joining(",")) + "}")
                    .update();
        }
    }

    private static Candidate candidate(ResultSet rs, int n) throws SQLException {
        var days = 0L;
        for (var day : Applicants.days(rs.getArray(3))) {
            days |= day(day);
        }
        var born = rs.getObject(2, LocalDate.class);
        var languages = Applicants.strings(rs.getArray(5));
        var spoken = languages.stream().filter(l -> l.compareTo(l.substring(0, 3) + "B1") >= 0).map(l -> l.substring(0, 2))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        var fluent = (int) languages.stream().filter(l -> l.compareTo(l.substring(0, 3) + "B2") >= 0).count();
        return new Candidate(rs.getLong(1), java.time.Period.between(born, Rostering.GAMES_START).getYears(), days,
                Applicants.strings(rs.getArray(4)), spoken, fluent, Applicants.strings(rs.getArray(6)), Applicants.strings(rs.getArray(7)));
    }
}

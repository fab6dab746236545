package org.podium.results.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.TreeMap;

import org.podium.games.Programme;
import org.podium.games.UnitQuery;
import org.podium.results.Entry;
import org.springframework.stereotype.Component;

/**
 * The group tables of a team tournament, computed from its group-phase matches (units whose phase
 * code starts with GP: GPA, GPB...) under the discipline's rules ({@link RoundRobin.Rules}).
 * Matches without two scores yet are left out.
 */
@Component
public class GroupStandings {

    private final Programme programme;
    private final ResultsStore store;

    GroupStandings(Programme programme, ResultsStore store) {
        this.programme = programme;
        this.store = store;
    }

    /** One line of a group table, with the team's name and NOC. */
    public record Line(String team, String name, String noc, int rank, boolean shared, int played, int won, int drawn,
                       int lost, int goalsFor, int goalsAgainst, int points) {
    }

    public record Group(String group, int matches, List<Line> table) {
    }

    public List<Group> of(String eventCode) {
        var event = programme.event(eventCode);
        var rules = RoundRobin.Rules.of(event.disciplineCode());
        var matchesByGroup = new TreeMap<String, List<RoundRobin.Match>>();
        var teams = new HashMap<String, Entry>();
        for (var unit : programme.allUnits(new UnitQuery(null, null, null, eventCode, false))) {
            if (unit.code().length() < 25 || !unit.code().startsWith("GP", 22)) {
                continue;
            }
            var group = unit.code().substring(22, 25);
            var entries = store.current(unit.code()).map(r -> r.entries()).orElse(List.of());
            if (entries.size() != 2) {
                continue;
            }
            var home = entries.get(0);
            var away = entries.get(1);
            var homeScore = score(home);
            var awayScore = score(away);
            if (homeScore == null || awayScore == null) {
                continue;
            }
            teams.putIfAbsent(home.competitorCode(), home);
            teams.putIfAbsent(away.competitorCode(), away);
            matchesByGroup.computeIfAbsent(group, g -> new ArrayList<>())
                    .add(new RoundRobin.Match(home.competitorCode(), away.competitorCode(), homeScore, awayScore));
        }
        var groups = new ArrayList<Group>();
        matchesByGroup.forEach((group, matches) -> groups.add(new Group(group, matches.size(),
                RoundRobin.standings(matches, rules).stream().map(r -> {
                    var team = teams.get(r.team());
                    return new Line(r.team(), team.competitorName(), team.noc(), r.rank(), r.shared(), r.played(), r.won(),
                            r.drawn(), r.lost(), r.goalsFor(), r.goalsAgainst(), r.points());
                }).toList())));
        return groups;
    }

    private static @org.jspecify.annotations.Nullable Integer score(Entry entry) {
        if (entry.value() == null || !entry.value().matches("\\d{1,3}")) {
            return null;
        }
        return Integer.parseInt(entry.value());
    }
}

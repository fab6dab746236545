package org.podium.results.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A round-robin group's standing from its matches, under a competition's points and ordered
 * tie-break list. Head-to-head criteria are computed on the mini-table of the matches between the
 * teams still level; when a criterion separates some of them, the list starts again for those
 * still level (as the football and handball rules say). Teams no criterion separates share the place.
 */
public final class RoundRobin {

    private RoundRobin() {
    }

    /** One match: two teams and their scores. */
    public record Match(String home, String away, int homeScore, int awayScore) {
    }

    public enum TieBreak {
        POINTS, WINS, GOAL_DIFFERENCE, GOALS_FOR, HEAD_TO_HEAD_POINTS, HEAD_TO_HEAD_GOAL_DIFFERENCE, HEAD_TO_HEAD_GOALS;

        boolean headToHead() {
            return name().startsWith("HEAD_TO_HEAD");
        }
    }

    /** Points for a win, a draw and a loss, and the order of the tie-breaks after points. */
    public record Rules(int win, int draw, int loss, List<TieBreak> order) {

        /** The rules per discipline, as their federations write them for the Olympic tournament. */
        public static Rules of(String discipline) {
            return switch (discipline) {
                // FIFA: goal difference and goals in all group matches before head-to-head.
                case "FBL" -> new Rules(3, 1, 0, List.of(TieBreak.POINTS, TieBreak.GOAL_DIFFERENCE, TieBreak.GOALS_FOR,
                        TieBreak.HEAD_TO_HEAD_POINTS, TieBreak.HEAD_TO_HEAD_GOAL_DIFFERENCE, TieBreak.HEAD_TO_HEAD_GOALS));
                // FIH: wins, then goal difference and goals, then the match between them.
                case "HOC" -> new Rules(3, 1, 0, List.of(TieBreak.POINTS, TieBreak.WINS, TieBreak.GOAL_DIFFERENCE, TieBreak.GOALS_FOR,
                        TieBreak.HEAD_TO_HEAD_POINTS));
                // Basketball: a loss still scores a point.
                case "BKB" -> new Rules(2, 0, 1, List.of(TieBreak.POINTS, TieBreak.HEAD_TO_HEAD_POINTS,
                        TieBreak.HEAD_TO_HEAD_GOAL_DIFFERENCE, TieBreak.GOAL_DIFFERENCE, TieBreak.GOALS_FOR));
                // Handball (IHF) and the default: head-to-head first.
                default -> new Rules(2, 1, 0, List.of(TieBreak.POINTS, TieBreak.HEAD_TO_HEAD_POINTS,
                        TieBreak.HEAD_TO_HEAD_GOAL_DIFFERENCE, TieBreak.HEAD_TO_HEAD_GOALS, TieBreak.GOAL_DIFFERENCE, TieBreak.GOALS_FOR));
            };
        }
    }

    /** A team's line in the group table. */
    public record Row(String team, int rank, boolean shared, int played, int won, int drawn, int lost, int goalsFor,
                      int goalsAgainst, int points) {
        public int goalDifference() {
            return goalsFor - goalsAgainst;
        }
    }

    public static List<Row> standings(List<Match> matches, Rules rules) {
        var teams = new LinkedHashMap<String, int[]>();
        for (var m : matches) {
            teams.computeIfAbsent(m.home(), t -> new int[7]);
            teams.computeIfAbsent(m.away(), t -> new int[7]);
        }
        var overall = table(matches, teams.keySet(), rules);
        var order = new ArrayList<List<String>>();
        separate(new ArrayList<>(teams.keySet()), 0, matches, overall, rules, order);
        var rows = new ArrayList<Row>();
        var place = 1;
        for (var level : order) {
            for (var team : level) {
                var s = overall.get(team);
                rows.add(new Row(team, place, level.size() > 1, s[0], s[1], s[2], s[3], s[4], s[5], s[6]));
            }
            place += level.size();
        }
        return rows;
    }

    /** Splits teams into ordered levels: each level's teams no criterion separates. */
    private static void separate(List<String> teams, int from, List<Match> matches, Map<String, int[]> overall, Rules rules,
                                 List<List<String>> out) {
        if (teams.size() == 1 || from >= rules.order().size()) {
            out.add(teams);
            return;
        }
        var criterion = rules.order().get(from);
        var stats = criterion.headToHead()
                ? table(matches.stream().filter(m -> teams.contains(m.home()) && teams.contains(m.away())).toList(), teams, rules)
                : overall;
        var groups = new LinkedHashMap<Integer, List<String>>();
        teams.stream().sorted(Comparator.comparingInt((String t) -> value(criterion, stats.get(t))).reversed())
                .forEach(t -> groups.computeIfAbsent(value(criterion, stats.get(t)), v -> new ArrayList<>()).add(t));
        for (var group : groups.values()) {
            // Fewer teams level than before: the list starts again for them (their own head-to-head).
            var next = group.size() < teams.size() ? 0 : from + 1;
            separate(group, next, matches, overall, rules, out);
        }
    }

    private static int value(TieBreak criterion, int[] s) {
        return switch (criterion) {
            case POINTS, HEAD_TO_HEAD_POINTS -> s[6];
            case WINS -> s[1];
            case GOAL_DIFFERENCE, HEAD_TO_HEAD_GOAL_DIFFERENCE -> s[4] - s[5];
            case GOALS_FOR, HEAD_TO_HEAD_GOALS -> s[4];
        };
    }

    /** Played, won, drawn, lost, for, against, points per team over these matches. */
    private static Map<String, int[]> table(List<Match> matches, java.util.Collection<String> teams, Rules rules) {
        var stats = new LinkedHashMap<String, int[]>();
        teams.forEach(t -> stats.put(t, new int[7]));
        for (var m : matches) {
            add(stats.get(m.home()), m.homeScore(), m.awayScore(), rules);
            add(stats.get(m.away()), m.awayScore(), m.homeScore(), rules);
        }
        return stats;
    }

    private static void add(int[] s, int scored, int conceded, Rules rules) {
        s[0]++;
        if (scored > conceded) {
            s[1]++;
            s[6] += rules.win();
        } else if (scored == conceded) {
            s[2]++;
            s[6] += rules.draw();
        } else {
            s[3]++;
            s[6] += rules.loss();
        }
        s[4] += scored;
        s[5] += conceded;
    }
}

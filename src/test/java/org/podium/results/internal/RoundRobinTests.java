package org.podium.results.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.podium.results.internal.RoundRobin.Match;
import org.podium.results.internal.RoundRobin.Rules;

/** Group tables under each competition's tie-break list, from worked examples. */
class RoundRobinTests {

    private static List<String> order(List<RoundRobin.Row> rows) {
        return rows.stream().map(r -> r.team() + r.rank() + (r.shared() ? "=" : "")).toList();
    }

    /** Three teams level on points: A beat B, B beat C, C beat A; goal differences differ overall. */
    private static final List<Match> CYCLE = List.of(
            new Match("A", "B", 1, 0), new Match("B", "C", 3, 0), new Match("C", "A", 2, 1),
            new Match("A", "D", 4, 0), new Match("B", "D", 1, 0), new Match("C", "D", 1, 0));

    @Test
    void footballRanksLevelTeamsByGoalDifferenceOverAllMatchesFirst() {
        // Points 6 each for A, B, C. Overall goal difference: A +4, B +3, C -1.
        assertThat(order(RoundRobin.standings(CYCLE, Rules.of("FBL")))).containsExactly("A1", "B2", "C3", "D4");
    }

    @Test
    void handballRanksLevelTeamsByTheirMiniTableFirst() {
        // Mini-table of A, B, C: 2 points each; goal difference among them: A 0 (1-0, 1-2), B +2 (0-1, 3-0), C -2 (0-3, 2-1).
        assertThat(order(RoundRobin.standings(CYCLE, Rules.of("HBL")))).containsExactly("B1", "A2", "C3", "D4");
    }

    @Test
    void aCriterionThatSeparatesOneTeamStartsTheListAgainForTheOthers() {
        var matches = List.of(new Match("A", "B", 0, 1), new Match("B", "C", 0, 1), new Match("C", "A", 0, 1),
                new Match("A", "D", 3, 0), new Match("B", "D", 5, 0), new Match("C", "D", 1, 0),
                new Match("A", "E", 0, 0), new Match("B", "E", 0, 0), new Match("C", "E", 0, 0), new Match("D", "E", 0, 9));
        // Handball points (2/1/0): A, B, C and E have 5 each. Their mini-table: 3 points each, goal difference 0 each;
        // goals: A, B, C 1, E 0, so E is fourth. The list starts again for A, B, C: their own mini-table is a
        // cycle (2 points, difference 0, 1 goal each); overall goal difference: A +3, B +5, C +1.
        assertThat(order(RoundRobin.standings(matches, Rules.of("HBL")))).containsExactly("B1", "A2", "C3", "E4", "D5");
    }

    @Test
    void teamsNoCriterionSeparatesShareThePlace() {
        var matches = List.of(new Match("A", "B", 1, 1), new Match("A", "C", 2, 0), new Match("B", "C", 2, 0));
        assertThat(order(RoundRobin.standings(matches, Rules.of("FBL")))).containsExactly("A1=", "B1=", "C3");
    }

    @Test
    void aBasketballLossStillScoresAPoint() {
        var rows = RoundRobin.standings(List.of(new Match("A", "B", 80, 70)), Rules.of("BKB"));
        assertThat(rows).extracting(RoundRobin.Row::points).containsExactly(2, 1);
    }
}

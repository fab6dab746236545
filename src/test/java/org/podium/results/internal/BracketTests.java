package org.podium.results.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.podium.results.Entry;

class BracketTests {

    private static Bracket.Bout bout(String phase, String winner, String loser) {
        return new Bracket.Bout(phase, List.of(line(winner, "W"), line(loser, "L")));
    }

    private static Entry line(String name, String wlt) {
        return new Entry(name, name, "Person", "FRA", null, "POINTS", null, wlt, null, false, null);
    }

    private static List<String> places(List<Bracket.Bout> bouts) {
        return Bracket.standing(bouts).stream().map(p -> p.place() + (p.shared() ? "=" : "") + " " + p.competitorName()).toList();
    }

    @Test
    void judoPlacesTwoBronzesThenBronzeLosersFifthAndRepechageLosersSeventh() {
        var bouts = List.of(
                bout("8FNL", "A", "I"), bout("8FNL", "B", "J"), bout("8FNL", "C", "K"), bout("8FNL", "D", "L"),
                bout("8FNL", "E", "M"), bout("8FNL", "F", "N"), bout("8FNL", "G", "O"), bout("8FNL", "H", "P"),
                bout("QFNL", "A", "B"), bout("QFNL", "C", "D"), bout("QFNL", "E", "F"), bout("QFNL", "G", "H"),
                bout("REP1", "B", "D"), bout("REP1", "F", "H"),
                bout("SFNL", "A", "C"), bout("SFNL", "E", "G"),
                bout("REPF", "B", "G"), bout("REPF", "C", "F"),
                bout("FNL-", "E", "A"));

        assertThat(places(bouts)).containsExactly("1 E", "2 A", "3= B", "3= C", "5= F", "5= G", "7= D", "7= H",
                "9= I", "9= J", "9= K", "9= L", "9= M", "9= N", "9= O", "9= P");
    }

    @Test
    void boxingGivesBothSemifinalLosersThirdAndQuarterfinalLosersFifth() {
        var bouts = List.of(bout("QFNL", "A", "E"), bout("QFNL", "B", "F"), bout("QFNL", "C", "G"), bout("QFNL", "D", "H"),
                bout("SFNL", "A", "B"), bout("SFNL", "C", "D"), bout("FNL-", "C", "A"));

        assertThat(places(bouts)).containsExactly("1 C", "2 A", "3= B", "3= D", "5= E", "5= F", "5= G", "5= H");
    }

    @Test
    void aBracketUnderWayIsProvisionalAndIgnoresBoutsWithoutAnOutcome() {
        var bouts = List.of(bout("QFNL", "A", "C"), bout("QFNL", "B", "D"), bout("SFNL", "A", "B"),
                new Bracket.Bout("FNL-", List.of(line("A", null), line("X", null))));

        assertThat(places(bouts)).containsExactly("1 A", "2 B", "3= C", "3= D");
    }
}

package org.podium.results.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.podium.results.Entry;
import org.podium.results.ResultMessage.Performance;

/**
 * The ranking kinds that compute more than one value per line, per second on one thread: a diving
 * final scored from its judges' awards (12 divers, 6 dives, 7 awards, extremes dropped) and ranked;
 * an artistic gymnastics apparatus final (8 gymnasts, 5 E judges, ties to E then D); a judo
 * bracket of 32 with repechage placed from its 31 + 4 bouts. Run: {@code ./podium bench StandingsBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class StandingsBenchmark {

    private final List<List<Performance>> divers = new ArrayList<>();
    private final List<List<Performance>> gymnasts = new ArrayList<>();
    private final List<Bracket.Bout> judo = new ArrayList<>();

    @Setup
    public void makeUnits() {
        var random = new Random(2024);
        for (var d = 0; d < 12; d++) {
            var dives = new ArrayList<Performance>();
            for (var k = 0; k < 6; k++) {
                var awards = new ArrayList<String>();
                for (var j = 0; j < 7; j++) {
                    awards.add(String.valueOf(5 + random.nextInt(10) / 2.0));
                }
                dives.add(new Performance("3." + random.nextInt(10), awards, null));
            }
            divers.add(dives);
        }
        for (var g = 0; g < 8; g++) {
            var deductions = new ArrayList<String>();
            for (var j = 0; j < 5; j++) {
                deductions.add("0." + (3 + random.nextInt(7)));
            }
            gymnasts.add(List.of(new Performance("5." + random.nextInt(10), deductions, g % 4 == 0 ? "0.1" : null)));
        }
        // 32 judoka: rounds of 32 and 16, quarterfinals, repechage, semifinals, bronze contests, final.
        var alive = new ArrayList<String>();
        for (var i = 0; i < 32; i++) {
            alive.add("J" + i);
        }
        var quarterLosers = new ArrayList<String>();
        for (var phase : List.of("R32-", "8FNL", "QFNL", "SFNL")) {
            var next = new ArrayList<String>();
            for (var i = 0; i < alive.size(); i += 2) {
                judo.add(bout(phase, alive.get(i), alive.get(i + 1)));
                next.add(alive.get(i));
                if (phase.equals("QFNL")) {
                    quarterLosers.add(alive.get(i + 1));
                }
            }
            if (phase.equals("SFNL")) {
                judo.add(bout("REP1", quarterLosers.get(0), quarterLosers.get(1)));
                judo.add(bout("REP1", quarterLosers.get(2), quarterLosers.get(3)));
                judo.add(bout("REPF", quarterLosers.get(0), alive.get(3)));
                judo.add(bout("REPF", quarterLosers.get(2), alive.get(1)));
            }
            alive = next;
        }
        judo.add(bout("FNL-", alive.get(0), alive.get(1)));
    }

    private static Bracket.Bout bout(String phase, String winner, String loser) {
        return new Bracket.Bout(phase, List.of(line(winner, "W"), line(loser, "L")));
    }

    private static Entry line(String code, String wlt) {
        return new Entry(code, code, "Person", "FRA", null, "POINTS", null, wlt, null, false, null);
    }

    @Benchmark
    public List<RankingEngine.Place> divingFinalFromTheAwards() {
        return rankJudged("DIV", divers);
    }

    @Benchmark
    public List<RankingEngine.Place> gymnasticsApparatusFinalFromTheDeductions() {
        return rankJudged("GAR", gymnasts);
    }

    @Benchmark
    public List<Bracket.Place> judoBracketOf32() {
        return Bracket.standing(judo);
    }

    private static List<RankingEngine.Place> rankJudged(String discipline, List<List<Performance>> performances) {
        var lines = new ArrayList<RankingEngine.Line>(performances.size());
        for (var p : performances) {
            var judged = JudgedScore.score(discipline, p);
            lines.add(new RankingEngine.Line(discipline, "POINTS", judged.total().toPlainString(), null, judged.tokens(), judged.tieBreaks()));
        }
        return RankingEngine.rank(lines);
    }
}

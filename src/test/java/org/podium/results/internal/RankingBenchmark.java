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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Ranking engine throughput per discipline kind: units ranked per second, for a unit of realistic
 * size (a swimming final of 8 times, an athletics heat of 40 with IRMs, a 60-player golf round,
 * a 20-boat sailing race in penalty points). Run: {@code ./podium bench RankingBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RankingBenchmark {

    @Param({"SWM-TIME-8", "ATH-TIME-40", "GLF-STROKES-60", "SAL-POINTS-20", "DIV-POINTS-12"})
    public String kind;

    private List<RankingEngine.Line> unit;

    @Setup
    public void makeUnit() {
        var parts = kind.split("-");
        var size = Integer.parseInt(parts[2]);
        var random = new Random(2024);
        unit = new ArrayList<>(size);
        for (var i = 0; i < size; i++) {
            var value = switch (parts[1]) {
                case "TIME" -> "%d:%02d.%02d".formatted(random.nextInt(2), random.nextInt(60), random.nextInt(100));
                case "STROKES" -> String.valueOf(64 + random.nextInt(12));
                default -> "%d.%d".formatted(random.nextInt(600), random.nextInt(10));
            };
            var irm = i % 17 == 16 ? "DNF" : null;
            unit.add(new RankingEngine.Line(parts[0], parts[1], value, irm));
        }
    }

    @Benchmark
    public List<RankingEngine.Place> rankUnit() {
        return RankingEngine.rank(unit);
    }
}

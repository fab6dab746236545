package org.podium.soc.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Events per second through the compiled engine with the whole SigmaHQ Windows rule set loaded
 * (and the rest of the set beside it), over the regression data's recorded events, parsed once.
 * One benchmark on one thread, one on every core. Run: {@code ./podium bench SigmaEngineBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SigmaEngineBenchmark {

    static final int EVENTS_PER_PASS = 1_000;

    private RuleSet rules;
    private SigmaEvent[] events;

    @Setup
    public void load() throws IOException {
        var sigma = SigmaRegressionTests.SIGMA;
        var loader = new RuleLoader(RuleLoader.readYaml(SigmaRegressionTests.PACK.resolve("thor.yml")), Map.of());
        rules = loader.load(List.of(SigmaRegressionTests.PACK.resolve("rules")).stream()
                .filter(Files::isDirectory).toList()).ruleSet();
        var all = new ArrayList<SigmaEvent>();
        try (var files = Files.walk(sigma.resolve("regression_data"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                all.addAll(SigmaRegressionTests.events(file));
            }
        }
        events = new SigmaEvent[EVENTS_PER_PASS];
        for (var i = 0; i < EVENTS_PER_PASS; i++) {
            events[i] = all.get(i % all.size());
        }
        System.out.printf("%n%d rules loaded, %d distinct recorded events%n", rules.rules().size(), all.size());
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS_PER_PASS)
    public void oneThread(Blackhole fired) {
        for (var event : events) {
            rules.evaluate(event, fired::consume);
        }
    }

    @Benchmark
    @Threads(Threads.MAX)
    @OperationsPerInvocation(EVENTS_PER_PASS)
    public void allCores(Blackhole fired) {
        for (var event : events) {
            rules.evaluate(event, fired::consume);
        }
    }

}

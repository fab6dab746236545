package org.podium.soc.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import tools.jackson.databind.json.JsonMapper;

/**
 * One evaluator's work per ingested event, in process: the NDJSON line read into its flat event, run
 * through Podium's rules and the SigmaHQ pack, and its rule hits through the correlations, on the
 * events {@code bench/soc-ingest.sh} sends (failed sign-ins from ever new accounts and addresses,
 * so the correlator holds its full 100,000 windows). What it leaves out is the database's share.
 * Run: {@code ./podium bench SocPipelineBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class SocPipelineBenchmark {

    static final int EVENTS_PER_PASS = 1_000;

    private PodiumRules rules;
    private final EventText texts = new EventText(JsonMapper.builder().build());
    private final List<String> lines = new ArrayList<>();
    private int pass;

    @Setup
    public void load() throws IOException {
        rules = new PodiumRules(List.<java.nio.file.Path>of(), (java.nio.file.Path) null, true);
        for (var i = 0; i < EVENTS_PER_PASS; i++) {
            lines.add(line(0, i));
        }
    }

    /** A failed sign-in as the load sends it, one address in 50 a sprayer's. */
    private static String line(int pass, int i) {
        var sprayer = i % 50 == 0;
        return "{\"logsource\":{\"product\":\"podium\",\"service\":\"accounts\"},\"event\":\"sign-in\",\"kind\":\"FAN\",\"outcome\":\"failure\","
                + "\"user\":\"user" + pass + "-" + i + "@example.org\",\"source\":{\"ip\":\""
                + (sprayer ? "203.0.113.7" : "10." + (pass / 250 % 250) + "." + (pass % 250) + "." + (i / 4 % 250)) + "\"}}";
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS_PER_PASS)
    public void evaluate(Blackhole fired) {
        // New accounts and addresses each pass, as in the load: the correlator's windows are new ones.
        pass++;
        var at = java.time.Instant.now();
        for (var i = 0; i < EVENTS_PER_PASS; i++) {
            var event = texts.event(line(pass, i));
            rules.rules().evaluate(event, rule -> rules.correlator().accept(
                    new Correlator.Hit(rule.id(), rule.name() == null ? rule.id() : rule.name(), event, at), fired::consume));
        }
    }
}

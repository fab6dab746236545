package org.podium.results.internal;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.podium.support.BenchmarkPlatform;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole Paris 2024 results feed (45 files, 19,195 lines) into an empty results schema:
 * reading and checking, ranking, writing the versions, deciding the 329 events and the medal
 * table, in one transaction (goal under 10 s). Run: {@code ./podium bench ResultsImportBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
public class ResultsImportBenchmark {

    private ConfigurableApplicationContext platform;
    private ResultsImporter importer;
    private JdbcClient jdbc;

    @Setup(Level.Trial)
    public void startPlatform() {
        platform = BenchmarkPlatform.start("--podium.results.feed.load-on-start=false");
        importer = platform.getBean(ResultsImporter.class);
        jdbc = platform.getBean(JdbcClient.class);
    }

    @Setup(Level.Invocation)
    public void emptyResults() {
        jdbc.sql("truncate results.entry, results.unit_version, results.medal, results.event_outcome").update();
    }

    @TearDown(Level.Trial)
    public void stopPlatform() {
        platform.close();
    }

    @Benchmark
    public ResultsImporter.Outcome importWholeFeed() {
        return importer.importFeed("classpath:results-feed/");
    }
}

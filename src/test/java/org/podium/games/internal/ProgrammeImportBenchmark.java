package org.podium.games.internal;

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
import org.springframework.core.io.DefaultResourceLoader;

/**
 * How long loading the Paris 2024 programme takes: reading and checking the seven files and
 * deriving codes and sessions in memory ({@code build}), and the whole transactional import into
 * the embedded PostgreSQL ({@code importIntoPostgresql}, goal under 3 s).
 * Run: {@code ./podium bench ProgrammeImportBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 5)
@Measurement(iterations = 15)
public class ProgrammeImportBenchmark {

    private ConfigurableApplicationContext platform;
    private ProgrammeImporter importer;
    private final DefaultResourceLoader resources = new DefaultResourceLoader();

    @Setup(Level.Trial)
    public void startPlatform() {
        platform = BenchmarkPlatform.start();
        importer = platform.getBean(ProgrammeImporter.class);
    }

    @TearDown(Level.Trial)
    public void stopPlatform() {
        platform.close();
    }

    @Benchmark
    public ProgrammeBuilder.Built build() {
        return ProgrammeBuilder.build(ProgrammeFiles.read(resources, "classpath:programme/"));
    }

    @Benchmark
    public ProgrammeImporter.Outcome importIntoPostgresql() {
        return importer.importFrom("classpath:programme/", true);
    }
}

package org.podium.finance.internal.ledger;

import java.time.LocalDate;
import java.util.List;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.podium.support.BenchmarkPlatform;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Entries validated per second: a supplier invoice's three lines checked, numbered in its journal,
 * chained to the previous entry's hash and written, each in its own transaction, on the embedded
 * PostgreSQL. Postings are serialised on the chain's head by design, so more threads wait on its
 * lock. Run: {@code ./podium bench PostingBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class PostingBenchmark {

    /** The year's invoices, one per day in turn: a day's balance rows are not all written by every posting. */
    private static final List<EntryDraft> INVOICES = java.util.stream.IntStream.range(0, 366).mapToObj(d -> new EntryDraft("ACH",
            LocalDate.of(2024, 1, 1).plusDays(d), "Coopérative des œufs F-" + d, "F-" + d, List.of(
            EntryDraft.Line.debit("601", "1000.00", "eggs"), EntryDraft.Line.debit("44566", "55.00", "VAT 5.5 %"),
            EntryDraft.Line.credit("401", "1055.00", "poultry cooperative")))).toList();
    private final java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();

    private ConfigurableApplicationContext platform;
    private Ledger ledger;

    @Setup(Level.Trial)
    public void startPlatform() {
        platform = BenchmarkPlatform.start();
        ledger = platform.getBean(Ledger.class);
    }

    @TearDown(Level.Trial)
    public void stopPlatform() {
        platform.close();
    }

    @Benchmark
    public Ledger.Posted post() {
        return ledger.post(INVOICES.get(Math.floorMod(next.getAndIncrement(), INVOICES.size())), "bench");
    }

    @Benchmark
    @Threads(2)
    public Ledger.Posted postFromTwoThreads() {
        return ledger.post(INVOICES.get(Math.floorMod(next.getAndIncrement(), INVOICES.size())), "bench");
    }
}

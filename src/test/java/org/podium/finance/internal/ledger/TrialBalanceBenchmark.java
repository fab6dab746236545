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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.podium.support.BenchmarkPlatform;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The trial balance of a year over {@code lines} entry lines (10 million by default: a third of a
 * million invoices a year, three lines each, spread over the year's days). The rows are written
 * once by SQL, outside the chain (the balance does not read hashes). Run:
 * {@code ./podium bench TrialBalanceBenchmark} (the fill takes a minute or two).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class TrialBalanceBenchmark {

    @Param({"10000000"})
    public int lines;

    private ConfigurableApplicationContext platform;
    private Ledger ledger;

    @Setup(Level.Trial)
    public void fill() {
        platform = BenchmarkPlatform.start();
        ledger = platform.getBean(Ledger.class);
        var jdbc = platform.getBean(JdbcClient.class);
        var entries = lines / 3;
        jdbc.sql("""
                insert into finance.entry (journal, number, entry_date, label, piece_ref, validated_by, previous_hash, hash)
                select 'OD', g, date '2024-01-01' + (g % 366), 'bench', 'B' || g, 'bench', '', md5('bench' || g)
                from generate_series(1, ?) g""").param(entries).update();
        jdbc.sql("""
                insert into finance.entry_line (entry, position, account, debit, credit, label)
                select e.id, p, (array['606', '44566', '401'])[p], case p when 1 then 100 when 2 then 20 else 0 end,
                       case p when 3 then 120 else 0 end, 'bench'
                from finance.entry e cross join generate_series(1, 3) p where e.validated_by = 'bench'""").update();
        jdbc.sql("analyze finance.entry").update();
        jdbc.sql("analyze finance.entry_line").update();
    }

    @TearDown(Level.Trial)
    public void stopPlatform() {
        platform.close();
    }

    @Benchmark
    public List<Ledger.Balance> trialBalanceOfTheYear() {
        return ledger.trialBalance(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
    }
}

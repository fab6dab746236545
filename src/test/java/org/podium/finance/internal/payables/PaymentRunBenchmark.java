package org.podium.finance.internal.payables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
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
import org.podium.finance.internal.FinanceProperties.PaymentTermRule;

/**
 * A payment run's file: {@code payments} supplier transfers checked (ids, amounts, IBAN check
 * digits), written as pain.001.001.09 and validated against the EPC schema. One operation is the
 * whole file, in process; the run from the books (selection, duties, storage) is
 * {@code PaymentRunFromBooksBenchmark}. Run: {@code ./podium bench PaymentRunBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PaymentRunBenchmark {

    private static final List<String> IBANS = List.of("FR7630006000011234567890189", "DE89370400440532013000",
            "FR1420041010050500013M02606", "GB29NWBK60161331926819", "IT60X0542811101000000123456");

    @Param({"10000"})
    public int payments;

    private SepaCreditTransfer sepa;
    private List<SepaCreditTransfer.Payment> run;

    @Setup
    public void run() {
        sepa = new SepaCreditTransfer(FinanceFixtures.books(PaymentTermRule.SIXTY_DAYS));
        var random = new SplittableRandom(2024);
        run = new ArrayList<>();
        for (var i = 0; i < payments; i++) {
            run.add(new SepaCreditTransfer.Payment("RUN-F" + i, "Fournisseur n° " + i + " Société Générale de Restauration",
                    IBANS.get(i % IBANS.size()), i % 3 == 0 ? "" : "BDFEFRPPCCT",
                    BigDecimal.valueOf(random.nextLong(1, 10_000_000), 2), "Facture F-2024-" + i + " du 15/07/2024"));
        }
    }

    @Benchmark
    public byte[] fileOfTheRun() {
        return sepa.file("PODIUM-RUN-BENCH", LocalDate.of(2024, 9, 12), OffsetDateTime.of(2024, 9, 10, 16, 0, 0, 0, ZoneOffset.UTC), run);
    }
}

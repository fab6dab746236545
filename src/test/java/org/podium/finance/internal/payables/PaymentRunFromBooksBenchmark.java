package org.podium.finance.internal.payables;

import java.time.LocalDate;
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
 * A payment run of {@code invoices} approved invoices from 500 suppliers, as the treasurers do it:
 * one prepares (the due invoices selected and locked, segregation of duties checked, the run
 * written), another approves (each supplier checked again, the pain.001.001.09 file written,
 * validated against the EPC schema and stored). Each operation starts from the same books. Run:
 * {@code ./podium bench PaymentRunFromBooksBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
public class PaymentRunFromBooksBenchmark {

    @Param({"10000"})
    public int invoices;

    private ConfigurableApplicationContext platform;
    private PaymentRuns runs;
    private JdbcClient jdbc;

    @Setup(Level.Trial)
    public void books() {
        platform = BenchmarkPlatform.start();
        runs = platform.getBean(PaymentRuns.class);
        jdbc = platform.getBean(JdbcClient.class);
        jdbc.sql("""
                insert into finance.supplier (name, siret, iban, bic, created_by)
                select 'Fournisseur ' || g, lpad(g::text, 14, '0'), (array['FR7630006000011234567890189', 'DE89370400440532013000'])[1 + g % 2],
                       '', 'bench' from generate_series(1, 500) g""").update();
        jdbc.sql("""
                insert into finance.purchase_order (supplier, budget_line, description, net, over_budget, approvals_needed, status, ordered_by)
                select id, 'CAT-2024', 'bench', 10000000, false, 1, 'APPROVED', 'bench' from finance.supplier where created_by = 'bench'""").update();
        jdbc.sql("""
                with o as (select id, supplier, row_number() over (order by id) - 1 as k from finance.purchase_order where ordered_by = 'bench')
                insert into finance.invoice (supplier, purchase_order, number, invoice_date, due_date, net, vat, gross, match, status, entered_by)
                select o.supplier, o.id, 'B-' || g, date '2024-07-15', date '2024-09-13', 100 + g % 1000, 20, 120 + g % 1000, 'MATCHED',
                       'APPROVED', 'bench'
                from generate_series(1, ?) g join o on o.k = g % 500""").param(invoices).update();
    }

    @Setup(Level.Invocation)
    public void unpaid() {
        jdbc.sql("update finance.invoice set status = 'APPROVED', payment_run = null where entered_by = 'bench'").update();
        jdbc.sql("delete from finance.payment_run").update();
    }

    @TearDown(Level.Trial)
    public void stopPlatform() {
        platform.close();
    }

    @Benchmark
    public PaymentRuns.Run prepareAndApprove() {
        var prepared = runs.prepare(LocalDate.of(2024, 9, 12), LocalDate.of(2024, 9, 13), "treasurer");
        return runs.approve(prepared.run().id(), "treasurer2");
    }
}

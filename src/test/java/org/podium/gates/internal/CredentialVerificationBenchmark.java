package org.podium.gates.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A gate's whole decision on one code (parse, credential signature, revocation, window, entrance,
 * holder key, rotation proof signature), on one thread: decisions per second per core. The
 * decode alone shows what is not cryptography. Run: {@code ./podium bench CredentialVerificationBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Threads(1)
public class CredentialVerificationBenchmark {

    private GateCheck gate;
    private String code;
    private Instant now;

    @Setup
    public void tickets() {
        var tickets = new TestTickets();
        var credential = tickets.signed(tickets.credential(UUID.randomUUID(), 1, TestTickets.SESSION, "A"));
        now = TestTickets.SESSION_STARTS.minus(Duration.ofMinutes(20));
        code = tickets.code(credential, now);
        var revoked = new java.util.HashSet<String>();
        for (var i = 0; i < 10_000; i++) {
            revoked.add(GateCheck.revocationKey(UUID.randomUUID(), 1));
        }
        gate = tickets.gate("A", Set.copyOf(revoked), 0);
        if (!gate.check(code, now, t -> 0).admitted()) {
            throw new IllegalStateException("the benchmark's code must be admitted");
        }
    }

    @Benchmark
    public GateCheck.Decision decide() {
        return gate.check(code, now, t -> 0);
    }

    @Benchmark
    public Object decodeOnly() {
        return CredentialCodec.parseScan(code);
    }
}

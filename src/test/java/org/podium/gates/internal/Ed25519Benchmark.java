package org.podium.gates.internal;

import org.podium.platform.Ed25519;

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
import org.openjdk.jmh.annotations.Warmup;

/** One Ed25519 signature verification: the JDK's provider against Bouncy Castle's RFC 8032 code. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class Ed25519Benchmark {

    private java.security.PublicKey key;
    private byte[] raw;
    private byte[] message;
    private byte[] signature;

    @Setup
    public void sign() {
        var pair = Ed25519.generate();
        key = pair.getPublic();
        raw = Ed25519.raw(key);
        message = new byte[160];
        signature = Ed25519.sign(pair.getPrivate(), message);
    }

    @Benchmark
    public boolean jdk() throws java.security.GeneralSecurityException {
        var verifier = java.security.Signature.getInstance("Ed25519");
        verifier.initVerify(key);
        verifier.update(message);
        return verifier.verify(signature);
    }

    @Benchmark
    public boolean bouncyCastle() {
        return org.bouncycastle.math.ec.rfc8032.Ed25519.verify(signature, 0, raw, 0, message, 0, message.length);
    }
}

package org.podium.accounts.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bucket;

/**
 * So many actions per key (a client address, an account) per window, from a Bucket4j bucket per
 * key with an interval refill: the allowance comes back whole when the window ends. Keys idle for a
 * window are forgotten by {@link #forgetIdle}, so memory follows recent use.
 */
final class Allowance {

    private record Entry(Bucket bucket, Instant last) {
    }

    private final long actions;
    private final Duration per;
    private final Map<String, Entry> buckets = new ConcurrentHashMap<>();

    Allowance(long actions, Duration per) {
        this.actions = actions;
        this.per = per;
    }

    /** Takes one action from the key's allowance; empty when taken, else how long until the next is allowed. */
    Optional<Duration> take(String key) {
        var entry = buckets.compute(key, (k, old) -> new Entry(old == null ? newBucket() : old.bucket(), Instant.now()));
        var probe = entry.bucket().tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    void forgetIdle() {
        var cutoff = Instant.now().minus(per);
        buckets.values().removeIf(e -> e.last().isBefore(cutoff));
    }

    private Bucket newBucket() {
        return Bucket.builder().addLimit(limit -> limit.capacity(actions).refillIntervally(actions, per)).build();
    }
}

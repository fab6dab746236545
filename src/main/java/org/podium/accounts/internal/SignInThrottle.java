package org.podium.accounts.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bucket;
import io.micrometer.core.instrument.MeterRegistry;
import org.podium.accounts.SignInLocked;
import org.podium.platform.events.DurableEvents;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins are paid for from token buckets, one per account name typed and one per client
 * address. Each bucket has a short and a long limit, so the pause grows: five failures pause an
 * account for minutes, ten for the rest of the hour, twenty for the rest of the day. A name no
 * account has is throttled exactly as one that exists (same limits, same answer), so the lock
 * reveals nothing. A success empties nothing and refills the account's bucket: the owner who
 * remembers the password is not punished for an attacker's guesses once the pause is over.
 */
@Component
class SignInThrottle {

    /** Per account name: 5 failures per 5 minutes, 10 per hour, 20 per day. */
    static final List<Limit> ACCOUNT = List.of(new Limit(5, Duration.ofMinutes(5)), new Limit(10, Duration.ofHours(1)),
            new Limit(20, Duration.ofDays(1)));
    /** Per client address (many accounts from one place: password spraying): 20 per 5 minutes, 100 per hour. */
    static final List<Limit> ADDRESS = List.of(new Limit(20, Duration.ofMinutes(5)), new Limit(100, Duration.ofHours(1)));

    record Limit(long failures, Duration per) {
    }

    /** What is paused and until when. */
    record Lock(String scope, String key, Instant until) {
    }

    /** A name's or an address's bucket, and when it last failed (to forget it once every window has passed). */
    private static final class Failures {
        final Bucket bucket;
        volatile Instant last = Instant.now();

        Failures(List<Limit> limits) {
            var builder = Bucket.builder();
            // Interval refill: the whole allowance comes back at the end of the window, so a paused
            // name stays paused for the window rather than dripping one guess a minute.
            limits.forEach(l -> builder.addLimit(limit -> limit.capacity(l.failures()).refillIntervally(l.failures(), l.per())));
            bucket = builder.build();
        }

        /** Pays for one failure; true when that used up the allowance (the name or address is now paused). */
        boolean fail() {
            last = Instant.now();
            return !bucket.tryConsume(1) || bucket.getAvailableTokens() == 0;
        }

        long nanosToWait() {
            var probe = bucket.estimateAbilityToConsume(1);
            return probe.canBeConsumed() ? 0 : probe.getNanosToWaitForRefill();
        }
    }

    private final Map<String, Failures> accounts = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();
    private final DurableEvents events;
    private final MeterRegistry meters;

    SignInThrottle(DurableEvents events, MeterRegistry meters) {
        this.events = events;
        this.meters = meters;
        meters.gauge("podium.sign_in.locked", List.of(), this, throttle -> throttle.locks().size());
    }

    /** How long an attempt with this name from this address must wait; zero when it may be tried. */
    Duration waitBefore(String kind, String username, String address) {
        return Duration.ofNanos(Math.max(nanosToWait(accounts.get(accountKey(kind, username))), nanosToWait(addresses.get(address))));
    }

    void failed(String kind, String username, String address) {
        var now = Instant.now();
        var account = accounts.computeIfAbsent(accountKey(kind, username), k -> new Failures(ACCOUNT));
        if (account.fail()) {
            lock(new SignInLocked(kind, "ACCOUNT", username, address, now.plusNanos(account.nanosToWait()), now));
        }
        var client = addresses.computeIfAbsent(address, k -> new Failures(ADDRESS));
        if (client.fail()) {
            lock(new SignInLocked(kind, "ADDRESS", username, address, now.plusNanos(client.nanosToWait()), now));
        }
    }

    /** The owner signed in (a paused name is never tried): its failures are forgotten. */
    void succeeded(String kind, String username) {
        accounts.remove(accountKey(kind, username));
    }

    /** An administrator's unlock: the account name (of any kind) or the address is heard again at once. */
    boolean unlock(String key) {
        var normalised = key.trim().toLowerCase(Locale.ROOT);
        var found = addresses.remove(key.trim()) != null;
        for (var name : List.copyOf(accounts.keySet())) {
            if (name.substring(name.indexOf(':') + 1).equals(normalised)) {
                found |= accounts.remove(name) != null;
            }
        }
        return found;
    }

    /** What is paused now, the longest pause first. */
    List<Lock> locks() {
        var now = Instant.now();
        var locks = new ArrayList<Lock>();
        accounts.forEach((key, failures) -> add(locks, "ACCOUNT", key, failures, now));
        addresses.forEach((key, failures) -> add(locks, "ADDRESS", key, failures, now));
        locks.sort(Comparator.comparing(Lock::until).reversed());
        return locks;
    }

    private static void add(List<Lock> locks, String scope, String key, Failures failures, Instant now) {
        var wait = failures.nanosToWait();
        if (wait > 0) {
            locks.add(new Lock(scope, key, now.plusNanos(wait)));
        }
    }

    /** A name or address with no failure for its longest window holds nothing worth keeping: memory follows recent failures. */
    @Scheduled(fixedDelay = 60_000)
    void forgetOldFailures() {
        var now = Instant.now();
        accounts.values().removeIf(f -> f.last.plus(ACCOUNT.getLast().per()).isBefore(now));
        addresses.values().removeIf(f -> f.last.plus(ADDRESS.getLast().per()).isBefore(now));
    }

    private void lock(SignInLocked locked) {
        meters.counter("podium.sign_in.locks", "scope", locked.scope()).increment();
        events.publish(locked);
    }

    private static long nanosToWait(@org.jspecify.annotations.Nullable Failures failures) {
        return failures == null ? 0 : failures.nanosToWait();
    }

    private static String accountKey(String kind, String username) {
        return kind + ":" + username.trim().toLowerCase(Locale.ROOT);
    }
}

package org.podium.ticketing.internal.sale;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jspecify.annotations.Nullable;

/**
 * The queue in front of one session's on-sale. Visitors who arrive before it opens are put in a
 * random order at opening (arriving early gives no edge, so there is no point in hammering the
 * site before 10:00); later arrivals join the end in arrival order. From opening, visitors are
 * let through at a fixed rate per minute. Times are on the Games clock.
 */
public final class WaitingRoom {

    /** Where a visitor stands. */
    public enum Standing { NOT_IN_QUEUE, WAITING_FOR_OPENING, WAITING, ADMITTED }

    /** A visitor's place: position 1 is next; the estimate is the wait at the admission rate. */
    public record Place(Standing standing, long position, Duration estimate, Instant opensAt) {
    }

    private final String session;
    private final Instant opensAt;
    private final int admitPerMinute;
    private final long seed;
    private final Map<String, Long> ranks = new HashMap<>();
    private final List<String> early = new ArrayList<>();
    private long nextRank;
    private boolean drawn;

    public WaitingRoom(String session, Instant opensAt, int admitPerMinute) {
        this(session, opensAt, admitPerMinute, new SecureRandom().nextLong());
    }

    public WaitingRoom(String session, Instant opensAt, int admitPerMinute, long seed) {
        if (admitPerMinute < 1) {
            throw new IllegalArgumentException("A waiting room admits at least one visitor per minute");
        }
        this.session = session;
        this.opensAt = opensAt;
        this.admitPerMinute = admitPerMinute;
        this.seed = seed;
    }

    public String session() {
        return session;
    }

    public Instant opensAt() {
        return opensAt;
    }

    public int admitPerMinute() {
        return admitPerMinute;
    }

    public synchronized int size() {
        return ranks.size();
    }

    /** Puts a visitor in the queue once; joining again changes nothing. */
    public synchronized void join(String visitor, Instant now) {
        if (ranks.containsKey(visitor)) {
            return;
        }
        drawIfDue(now);
        if (drawn) {
            ranks.put(visitor, nextRank++);
        } else {
            ranks.put(visitor, -1L);
            early.add(visitor);
        }
    }

    public synchronized Place place(@Nullable String visitor, Instant now) {
        drawIfDue(now);
        var rank = visitor == null ? null : ranks.get(visitor);
        if (rank == null) {
            return new Place(Standing.NOT_IN_QUEUE, 0, Duration.ZERO, opensAt);
        }
        if (rank < 0) {
            return new Place(Standing.WAITING_FOR_OPENING, 0, Duration.between(now, opensAt), opensAt);
        }
        var ahead = rank - admitted(now);
        if (ahead < 0) {
            return new Place(Standing.ADMITTED, 0, Duration.ZERO, opensAt);
        }
        var position = ahead + 1;
        return new Place(Standing.WAITING, position, Duration.ofSeconds((long) Math.ceil(position * 60.0 / admitPerMinute)), opensAt);
    }

    public boolean admits(@Nullable String visitor, Instant now) {
        return place(visitor, now).standing() == Standing.ADMITTED;
    }

    /** Which fan account each admitted place was first used by, and the place each account used. */
    private final Map<String, String> accountOfPlace = new HashMap<>();
    private final Map<String, String> placeOfAccount = new HashMap<>();

    /**
     * Lets an account use an admitted place to buy: the first account to use a place owns it, and an
     * account owns one place. A place copied to another account (its cookie shared, sold), or a
     * second place an account queued for in other browsers, is refused with the reason.
     *
     * @return null when the account may buy; otherwise the reason: {@code notAdmitted},
     *         {@code placeOfAnotherAccount} or {@code anotherPlace} (message keys under {@code refused.waitingRoom.})
     */
    public synchronized @Nullable String claim(@Nullable String visitor, String account, Instant now) {
        if (!admits(visitor, now)) {
            return "notAdmitted";
        }
        var owner = accountOfPlace.get(visitor);
        if (owner != null && !owner.equals(account)) {
            return "placeOfAnotherAccount";
        }
        var used = placeOfAccount.get(account);
        if (used != null && !used.equals(visitor)) {
            return "anotherPlace";
        }
        accountOfPlace.put(visitor, account);
        placeOfAccount.put(account, visitor);
        return null;
    }

    /** How many places have been let through by now: the rate times the time since opening. */
    public long admitted(Instant now) {
        if (now.isBefore(opensAt)) {
            return 0;
        }
        return Duration.between(opensAt, now).toMillis() * admitPerMinute / 60_000;
    }

    private void drawIfDue(Instant now) {
        if (drawn || now.isBefore(opensAt)) {
            return;
        }
        Collections.sort(early);
        Collections.shuffle(early, new Random(seed));
        for (var i = 0; i < early.size(); i++) {
            ranks.put(early.get(i), (long) i);
        }
        nextRank = early.size();
        early.clear();
        drawn = true;
    }
}

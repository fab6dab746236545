package org.podium.ticketing.internal.sale;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.podium.accounts.FanId;

/**
 * Seats set aside for one fan until {@code expiresAt}: returned to sale when it expires or is
 * released, turned into an order at checkout. Lives in memory only; a restart releases every
 * hold, which is what their expiry would do anyway.
 */
public final class Hold {

    public enum State { ACTIVE, ORDERED, RELEASED, EXPIRED }

    /** The seats held in one session. */
    public record Seats(String session, int[] seats) {
    }

    private final UUID id;
    private final FanId fan;
    private final long phase;
    private final List<Seats> seats;
    private final Instant expiresAt;
    private State state = State.ACTIVE;

    public Hold(UUID id, FanId fan, long phase, List<Seats> seats, Instant expiresAt) {
        this.id = id;
        this.fan = fan;
        this.phase = phase;
        this.seats = List.copyOf(seats);
        this.expiresAt = expiresAt;
    }

    public UUID id() {
        return id;
    }

    public FanId fan() {
        return fan;
    }

    long phase() {
        return phase;
    }

    public List<Seats> seats() {
        return seats;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public synchronized State state() {
        return state;
    }

    /** Moves ACTIVE to the given state; false when the hold had already left ACTIVE. */
    synchronized boolean leave(State to) {
        if (state != State.ACTIVE) {
            return false;
        }
        state = to;
        return true;
    }

    public Map<String, Integer> countPerSession() {
        var counts = new LinkedHashMap<String, Integer>();
        seats.forEach(s -> counts.merge(s.session(), s.seats().length, Integer::sum));
        return counts;
    }

    public int seatCount() {
        return seats.stream().mapToInt(s -> s.seats().length).sum();
    }
}

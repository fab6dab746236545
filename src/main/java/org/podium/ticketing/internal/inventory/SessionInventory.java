package org.podium.ticketing.internal.inventory;

import java.util.Arrays;
import java.util.concurrent.locks.ReentrantLock;

import org.jspecify.annotations.Nullable;
import org.podium.ticketing.PriceCategory;
import org.podium.ticketing.SeatKind;
import org.podium.ticketing.internal.SaleRefused;

/**
 * The live state of every seat of one session, kept in memory and changed under one lock so that
 * a seat can never be handed out twice. PostgreSQL holds the truth about sold seats (a unique
 * index on active tickets); this state is rebuilt from it at start-up. A hot session serves
 * thousands of holds a second because each one is a few array reads and writes under the lock.
 */
public final class SessionInventory {

    public static final byte FREE = 0;
    public static final byte HELD = 1;
    public static final byte SOLD = 2;
    public static final byte PARTNER = 3;
    public static final byte HELD_BACK = 4;

    private final String session;
    private final SeatMap map;
    private final byte[] state;
    private final ReentrantLock lock = new ReentrantLock();
    /** Per category, the best-first rank before which no seat is free: the search starts there. */
    private final int[] firstMaybeFree = new int[PriceCategory.values().length];
    private final int[] free = new int[PriceCategory.values().length];
    private final int[] held = new int[PriceCategory.values().length];
    private final int[] sold = new int[PriceCategory.values().length];
    private final int[] heldBack = new int[PriceCategory.values().length];
    /** Replaced by a new inventory (its quotas changed): it hands out nothing more. */
    private boolean retired;

    public SessionInventory(String session, SeatMap map) {
        this.session = session;
        this.map = map;
        this.state = new byte[map.capacity()];
        for (var seat = 0; seat < state.length; seat++) {
            var c = map.category(seat).ordinal();
            switch (map.quota(seat)) {
                case PARTNER -> state[seat] = PARTNER;
                case HELD_BACK -> {
                    state[seat] = HELD_BACK;
                    heldBack[c]++;
                }
                case PUBLIC -> free[c]++;
            }
        }
    }

    public String session() {
        return session;
    }

    public SeatMap map() {
        return map;
    }

    /**
     * The best {@code count} free seats of a category: together in one row where any row has them,
     * else the best free seats wherever they are; null when fewer are free. Wheelchair spaces are
     * left to those who ask for them.
     */
    public int @Nullable [] holdBestAvailable(PriceCategory category, int count) {
        lock.lock();
        try {
            checkNotRetired();
            if (free[category.ordinal()] < count) {
                return null;
            }
            var order = map.bestFirst(category);
            var start = advance(category, order);
            var seats = adjacent(order, start, count);
            if (seats == null) {
                seats = scattered(order, start, count);
            }
            if (seats == null) {
                return null;
            }
            for (var seat : seats) {
                take(seat, HELD);
            }
            return seats;
        } finally {
            lock.unlock();
        }
    }

    /** {@code spaces} wheelchair spaces of a category, each with its companion seat: 2 x spaces seats. */
    public int @Nullable [] holdWheelchair(PriceCategory category, int spaces) {
        lock.lock();
        try {
            checkNotRetired();
            var seats = new int[spaces * 2];
            var found = 0;
            for (var seat : map.bestFirst(category)) {
                if (found == spaces) {
                    break;
                }
                if (map.kind(seat) == SeatKind.WHEELCHAIR && state[seat] == FREE && state[seat + 1] == FREE) {
                    seats[2 * found] = seat;
                    seats[2 * found + 1] = seat + 1;
                    found++;
                }
            }
            if (found < spaces) {
                return null;
            }
            for (var seat : seats) {
                take(seat, HELD);
            }
            return seats;
        } finally {
            lock.unlock();
        }
    }

    /** Exactly these seats, or null when one of them is not free for sale; nothing is taken then. */
    public int @Nullable [] holdChosen(int[] chosen) {
        var seats = Arrays.stream(chosen).distinct().toArray();
        return takeAllIfFree(seats, HELD) ? seats : null;
    }

    /** Held seats become sold (an order was placed for them). */
    public void sell(int[] seats) {
        lock.lock();
        try {
            for (var seat : seats) {
                if (state[seat] != HELD) {
                    throw new IllegalStateException(session + " " + SeatMap.seatId(seat) + " is not held");
                }
                move(seat, HELD, SOLD);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Takes free seats straight to sold (a late payment re-allocating its old seats); all or none. */
    public boolean sellIfFree(int[] seats) {
        return takeAllIfFree(seats, SOLD);
    }

    private boolean takeAllIfFree(int[] seats, byte to) {
        lock.lock();
        try {
            checkNotRetired();
            for (var seat : seats) {
                if (state[seat] != FREE) {
                    return false;
                }
            }
            for (var seat : seats) {
                take(seat, to);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Held or sold seats go back on sale (an expired hold, a declined payment, a refund). */
    public void release(int[] seats) {
        lock.lock();
        try {
            for (var seat : seats) {
                var c = map.category(seat).ordinal();
                switch (state[seat]) {
                    case HELD -> held[c]--;
                    case SOLD -> sold[c]--;
                    default -> {
                        continue;
                    }
                }
                state[seat] = FREE;
                free[c]++;
                firstMaybeFree[c] = Math.min(firstMaybeFree[c], rankOf(seat));
            }
        } finally {
            lock.unlock();
        }
    }

    /** A drop: the held-back seats go on sale. Returns how many. */
    public int releaseHeldBack() {
        lock.lock();
        try {
            var released = 0;
            for (var seat = 0; seat < state.length; seat++) {
                if (state[seat] == HELD_BACK) {
                    var c = map.category(seat).ordinal();
                    state[seat] = FREE;
                    heldBack[c]--;
                    free[c]++;
                    firstMaybeFree[c] = Math.min(firstMaybeFree[c], rankOf(seat));
                    released++;
                }
            }
            return released;
        } finally {
            lock.unlock();
        }
    }

    /** At start-up: a seat an active ticket holds is sold, whatever quota it came from. */
    void markSold(int seat) {
        lock.lock();
        try {
            if (state[seat] == SOLD) {
                throw new IllegalStateException(session + " " + SeatMap.seatId(seat) + " sold twice");
            }
            var c = map.category(seat).ordinal();
            switch (state[seat]) {
                case FREE -> free[c]--;
                case HELD -> held[c]--;
                case HELD_BACK -> heldBack[c]--;
                default -> { }
            }
            state[seat] = SOLD;
            sold[c]++;
        } finally {
            lock.unlock();
        }
    }

    /** Retires this inventory if no seat of it is held or sold yet; false when the sale has started. */
    boolean retireIfUntouched() {
        lock.lock();
        try {
            if (Arrays.stream(held).sum() + Arrays.stream(sold).sum() > 0) {
                return false;
            }
            retired = true;
            return true;
        } finally {
            lock.unlock();
        }
    }

    private void checkNotRetired() {
        if (retired) {
            throw new SaleRefused(SaleRefused.Kind.CONFLICT, "seatMapChanged", session);
        }
    }

    public byte state(int seat) {
        return state[seat];
    }

    public Availability availability() {
        lock.lock();
        try {
            return new Availability(free.clone(), held.clone(), sold.clone(), heldBack.clone());
        } finally {
            lock.unlock();
        }
    }

    /** Seats per category by state, for pages and the staff's live view. */
    public record Availability(int[] free, int[] held, int[] sold, int[] heldBack) {
        public int free(PriceCategory c) {
            return free[c.ordinal()];
        }

        public int totalFree() {
            return Arrays.stream(free).sum();
        }

        public int totalSold() {
            return Arrays.stream(sold).sum();
        }
    }

    private int advance(PriceCategory category, int[] order) {
        var c = category.ordinal();
        var i = firstMaybeFree[c];
        while (i < order.length && state[order[i]] != FREE) {
            i++;
        }
        firstMaybeFree[c] = i;
        return i;
    }

    private int @Nullable [] adjacent(int[] order, int start, int count) {
        var run = 0;
        for (var i = start; i < order.length; i++) {
            var seat = order[i];
            var continues = run > 0 && seat == order[i - 1] + 1 && SeatMap.row(seat) == SeatMap.row(order[i - 1])
                    && SeatMap.section(seat) == SeatMap.section(order[i - 1]);
            if (state[seat] == FREE && map.kind(seat) == SeatKind.STANDARD) {
                run = continues || run == 0 ? run + 1 : 1;
                if (run == count) {
                    var seats = new int[count];
                    for (var k = 0; k < count; k++) {
                        seats[k] = order[i - count + 1 + k];
                    }
                    return seats;
                }
            } else {
                run = 0;
            }
        }
        return null;
    }

    private int @Nullable [] scattered(int[] order, int start, int count) {
        var seats = new int[count];
        var found = 0;
        for (var i = start; i < order.length && found < count; i++) {
            if (state[order[i]] == FREE && map.kind(order[i]) == SeatKind.STANDARD) {
                seats[found++] = order[i];
            }
        }
        return found == count ? seats : null;
    }

    private int rankOf(int seat) {
        var rank = map.rankInCategory(seat);
        // A companion seat is not in the order; its wheelchair space just before it is.
        return rank >= 0 ? rank : map.rankInCategory(seat - 1);
    }

    private void take(int seat, byte to) {
        var c = map.category(seat).ordinal();
        free[c]--;
        if (to == HELD) {
            held[c]++;
        } else {
            sold[c]++;
        }
        state[seat] = to;
    }

    private void move(int seat, byte from, byte to) {
        var c = map.category(seat).ordinal();
        if (from == HELD) {
            held[c]--;
        }
        if (to == SOLD) {
            sold[c]++;
        }
        state[seat] = to;
    }
}

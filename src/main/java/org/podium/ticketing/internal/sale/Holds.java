package org.podium.ticketing.internal.sale;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.podium.accounts.FanId;
import org.podium.games.GamesClock;
import org.podium.ticketing.PriceCategory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.podium.ticketing.internal.inventory.SeatMap;
import org.podium.ticketing.internal.inventory.SessionInventory;
import org.podium.ticketing.internal.inventory.Inventories;
import org.podium.ticketing.internal.TicketingProperties;
import org.podium.ticketing.internal.SaleRefused;

/**
 * Holds: the step where seats leave the sale for one fan. The caps are counted first under the
 * fan's lock, then seats are taken under the session's lock; a refusal at any step gives back
 * whatever was taken. Expired holds are swept every second.
 */
@Component
public class Holds {

    public static final int MAX_PER_ITEM = 10;
    /** How long an expired or ordered hold is remembered, so that a late checkout hears "expired" or "taken", not "unknown". */
    private static final java.time.Duration TOMBSTONE = java.time.Duration.ofMinutes(10);

    private final Inventories inventories;
    private final FanTallies tallies;
    private final SalesPhases phases;
    private final GamesClock gamesClock;
    private final Clock clock;
    private final TicketingProperties properties;
    private final Map<UUID, Hold> holds = new ConcurrentHashMap<>();
    private final Counter created;
    private final Counter expired;

    public Holds(Inventories inventories, FanTallies tallies, SalesPhases phases, GamesClock gamesClock, Clock clock,
          TicketingProperties properties, MeterRegistry meters) {
        this.inventories = inventories;
        this.tallies = tallies;
        this.phases = phases;
        this.gamesClock = gamesClock;
        this.clock = clock;
        this.properties = properties;
        this.created = meters.counter("podium.ticketing.holds.created");
        this.expired = meters.counter("podium.ticketing.holds.expired");
    }

    public Hold hold(FanId fan, HoldRequest request) {
        var wanted = validate(request);
        var phase = phases.checkAccess(fan, wanted.keySet());
        var now = gamesClock.now();
        for (var session : wanted.keySet()) {
            var starts = inventories.session(session).startsAt();
            if (!starts.isAfter(now)) {
                throw new SaleRefused(SaleRefused.Kind.SALES_CLOSED, "sessionStarted", session, starts);
            }
            inventories.of(session); // NOT_SELLABLE before any cap is counted
        }
        tallies.reserve(fan, wanted);
        var taken = new ArrayList<Hold.Seats>();
        try {
            for (var item : request.items()) {
                taken.add(new Hold.Seats(item.session(), take(item)));
            }
        } catch (RuntimeException refused) {
            taken.forEach(seats -> inventories.of(seats.session()).release(seats.seats()));
            tallies.giveBack(fan, wanted);
            throw refused;
        }
        var hold = new Hold(UUID.randomUUID(), fan, phase.id(), taken, clock.instant().plus(properties.holdFor()));
        holds.put(hold.id(), hold);
        created.increment();
        return hold;
    }

    Optional<Hold> find(UUID id) {
        return Optional.ofNullable(holds.get(id));
    }

    /** The fan's own hold, whatever its state; 404 for anyone else's. */
    public Hold ofFan(FanId fan, UUID id) {
        var hold = holds.get(id);
        if (hold == null || !hold.fan().equals(fan)) {
            throw new org.podium.platform.NotFound("hold", id.toString());
        }
        return hold;
    }

    /** The fan gives the seats back before checkout. */
    public void release(FanId fan, UUID id) {
        var hold = ofFan(fan, id);
        if (hold.leave(Hold.State.RELEASED)) {
            giveBack(hold);
        }
        // Forgotten at once: a hot on-sale releases thousands of holds a second.
        holds.remove(id);
    }

    /** An order took the hold's seats; the hold is done. */
    public boolean markOrdered(Hold hold) {
        return hold.leave(Hold.State.ORDERED);
    }

    @Scheduled(fixedDelay = 1000)
    void sweep() {
        expireDue(clock.instant());
    }

    /** Returns the seats of every hold whose time is up at {@code now}; how many holds expired. */
    public int expireDue(Instant now) {
        var count = 0;
        var forgetBefore = now.minus(TOMBSTONE);
        for (var hold : holds.values()) {
            if (!hold.expiresAt().isAfter(now) && hold.leave(Hold.State.EXPIRED)) {
                giveBack(hold);
                count++;
            }
            // An ended hold is kept a while so that a late checkout hears "expired", not "unknown".
            if (hold.state() != Hold.State.ACTIVE && hold.expiresAt().isBefore(forgetBefore)) {
                holds.remove(hold.id());
            }
        }
        expired.increment(count);
        return count;
    }

    /** Forgets every hold without giving anything back, as a crash would (restart tests). */
    public void forgetAll() {
        holds.clear();
    }

    private void giveBack(Hold hold) {
        hold.seats().forEach(s -> inventories.of(s.session()).release(s.seats()));
        tallies.giveBack(hold.fan(), hold.countPerSession());
    }

    private int[] take(HoldRequest.Item item) {
        var inventory = inventories.of(item.session());
        int[] seats;
        if (item.seats() != null && !item.seats().isEmpty()) {
            var chosen = item.seats().stream().mapToInt(id -> seatOf(inventory, item.session(), id)).toArray();
            checkPairs(inventory.map(), chosen);
            seats = inventory.holdChosen(chosen);
            if (seats == null) {
                throw new SaleRefused(SaleRefused.Kind.SOLD_OUT,
                        Map.of("leftElsewhere", leftElsewhere(inventory)), "seatTaken", item.session());
            }
        } else if (item.wheelchairSpacesOrZero() > 0) {
            seats = inventory.holdWheelchair(categoryOf(item), item.wheelchairSpacesOrZero());
        } else {
            seats = inventory.holdBestAvailable(categoryOf(item), item.quantityOrZero());
        }
        if (seats == null) {
            throw SaleRefused.soldOut(item.session(), categoryOf(item), leftElsewhere(inventory));
        }
        return seats;
    }

    /** A wheelchair space and its companion seat are sold together, never one without the other. */
    private static void checkPairs(SeatMap map, int[] chosen) {
        var set = java.util.Arrays.stream(chosen).boxed().collect(java.util.stream.Collectors.toSet());
        if (set.size() != chosen.length) {
            throw new SaleRefused(SaleRefused.Kind.MALFORMED, "seatTwice");
        }
        for (var seat : chosen) {
            var partner = map.partnerOf(seat);
            if (partner >= 0 && !set.contains(partner)) {
                throw new SaleRefused(SaleRefused.Kind.MALFORMED, "companionSeat",
                        SeatMap.seatId(seat), SeatMap.seatId(partner));
            }
        }
    }

    private static PriceCategory categoryOf(HoldRequest.Item item) {
        return item.category() == null ? PriceCategory.A : item.category();
    }

    private static int seatOf(SessionInventory inventory, String session, String id) {
        var seat = inventory.map().seatOf(id);
        if (seat < 0) {
            throw new SaleRefused(SaleRefused.Kind.MALFORMED, "noSuchSeat", id, session);
        }
        return seat;
    }

    /** What is still free in the session's other categories, for the fan who missed out. */
    private static List<Map<String, Object>> leftElsewhere(SessionInventory inventory) {
        var availability = inventory.availability();
        var left = new ArrayList<Map<String, Object>>();
        for (var category : PriceCategory.values()) {
            if (availability.free(category) > 0) {
                left.add(Map.of("session", inventory.session(), "category", category.name(), "free", availability.free(category)));
            }
        }
        return left;
    }

    /** Seats wanted per session, after checking the request's shape. */
    private static Map<String, Integer> validate(HoldRequest request) {
        request.checkShape();
        var wanted = new LinkedHashMap<String, Integer>();
        var sessions = new HashSet<String>();
        for (var item : request.items()) {
            if (!sessions.add(item.session())) {
                throw new SaleRefused(SaleRefused.Kind.MALFORMED, "sessionTwice", item.session());
            }
            int count;
            if (item.seats() != null && !item.seats().isEmpty()) {
                count = item.seats().size();
            } else if (item.wheelchairSpacesOrZero() > 0) {
                count = 2 * item.wheelchairSpacesOrZero();
            } else {
                count = item.quantityOrZero();
            }
            if (count < 1 || count > MAX_PER_ITEM) {
                throw new SaleRefused(SaleRefused.Kind.MALFORMED, "seatsPerItem", MAX_PER_ITEM, count);
            }
            wanted.put(item.session(), count);
        }
        return wanted;
    }
}

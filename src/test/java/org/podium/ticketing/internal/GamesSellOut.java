package org.podium.ticketing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.podium.PodiumApplication;
import org.podium.accounts.FanId;
import org.podium.games.Programme;
import org.podium.ticketing.PriceCategory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.podium.ticketing.internal.inventory.SessionInventory;
import org.podium.ticketing.internal.inventory.Inventories;
import org.podium.ticketing.internal.sale.FanTallies;

/**
 * Sells every sellable seat of every session of the Games through the sale engine: simulated
 * buyers (one fan account each, up to the 30-ticket cap, up to 6 per session) take best-available
 * seats of random categories, wheelchair spaces with companion seats when the rest is gone, and
 * confirm them, on as many threads as the machine has cores. The caps and the per-session seat
 * locks are the production ones; orders and payments (PostgreSQL) are not part of this figure.
 * Prints the seats sold, the time and the rate, and checks that every seat was sold once.
 * Run with {@code bench/games-sellout.sh}.
 */
public final class GamesSellOut {

    public static void main(String[] args) throws Exception {
        var context = new SpringApplicationBuilder(PodiumApplication.class).web(WebApplicationType.NONE)
                .properties("podium.ephemeral=true", "podium.demo.enabled=false", "podium.results.feed.load-on-start=false",
                        "spring.datasource.url=", "logging.level.root=WARN")
                .run(args);
        try {
            var programme = context.getBean(Programme.class);
            var inventories = context.getBean(Inventories.class);
            var properties = context.getBean(TicketingProperties.class);
            var sessions = new ArrayList<SessionInventory>();
            var unsellable = 0;
            for (var venue : programme.venues()) {
                for (var session : programme.sessions(venue.tag(), null)) {
                    if (inventories.unsellableBecause(inventories.session(session.code())).isPresent()) {
                        unsellable++;
                    } else {
                        sessions.add(inventories.of(session.code()));
                    }
                }
            }
            var forSale = sessions.stream().mapToLong(s -> s.availability().totalFree()).sum();
            var capacity = sessions.stream().mapToLong(s -> s.map().capacity()).sum();
            System.out.printf("%d sellable sessions (%d without a published capacity), %,d seats in all, %,d for public sale%n",
                    sessions.size(), unsellable, capacity, forSale);
            sellOut(sessions, new FanTallies(properties, fan -> Map.of()), forSale);
        } finally {
            context.close();
        }
    }

    private static void sellOut(List<SessionInventory> sessions, FanTallies tallies, long forSale) throws Exception {
        var open = new AtomicReferenceArray<SessionInventory>(sessions.toArray(SessionInventory[]::new));
        var remaining = new AtomicInteger(sessions.size());
        var sold = new AtomicLong();
        var buyers = new AtomicLong();
        var capRefusals = new AtomicLong();
        var threads = Runtime.getRuntime().availableProcessors();
        var start = System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(threads)) {
            for (var t = 0; t < threads; t++) {
                pool.submit(() -> {
                    var random = ThreadLocalRandom.current();
                    var fan = FanId.random();
                    buyers.incrementAndGet();
                    var bought = 0;
                    while (remaining.get() > 0) {
                        var index = random.nextInt(open.length());
                        var inventory = open.get(index);
                        if (inventory == null) {
                            continue;
                        }
                        if (bought >= 28) {
                            fan = FanId.random();
                            buyers.incrementAndGet();
                            bought = 0;
                        }
                        var quantity = 1 + random.nextInt(Math.min(6, 30 - bought));
                        var category = PriceCategory.values()[random.nextInt(4)];
                        try {
                            tallies.reserve(fan, Map.of(inventory.session(), quantity));
                        } catch (SaleRefused capped) {
                            capRefusals.incrementAndGet();
                            fan = FanId.random();
                            buyers.incrementAndGet();
                            bought = 0;
                            continue;
                        }
                        var seats = take(inventory, category, quantity);
                        if (seats == null) {
                            tallies.giveBack(fan, Map.of(inventory.session(), quantity));
                            if (inventory.availability().totalFree() == 0 || soldOut(inventory)) {
                                if (open.compareAndSet(index, inventory, null)) {
                                    remaining.decrementAndGet();
                                }
                            }
                            continue;
                        }
                        if (seats.length < quantity) {
                            tallies.giveBack(fan, Map.of(inventory.session(), quantity - seats.length));
                        }
                        inventory.sell(seats);
                        sold.addAndGet(seats.length);
                        bought += seats.length;
                    }
                    return null;
                });
            }
        }
        var seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("Sold %,d seats to %,d simulated buyers in %.1f s: %,.0f seats/s on %d threads (%,d cap refusals)%n",
                sold.get(), buyers.get(), seconds, sold.get() / seconds, threads, capRefusals.get());
        System.out.printf("Seats for sale %,d, sold %,d, difference %,d%n", forSale, sold.get(), forSale - sold.get());
    }

    /** Best available of the category, else of any category, else a wheelchair space with its companion. */
    private static int[] take(SessionInventory inventory, PriceCategory category, int quantity) {
        var seats = inventory.holdBestAvailable(category, quantity);
        for (var c : PriceCategory.values()) {
            if (seats != null) {
                break;
            }
            seats = inventory.holdBestAvailable(c, 1);
        }
        for (var c : PriceCategory.values()) {
            if (seats != null || quantity < 2) {
                break;
            }
            seats = inventory.holdWheelchair(c, 1);
        }
        return seats;
    }

    private static boolean soldOut(SessionInventory inventory) {
        for (var c : PriceCategory.values()) {
            if (inventory.availability().free(c) > 0) {
                var probe = inventory.holdBestAvailable(c, 1);
                if (probe != null) {
                    inventory.release(probe);
                    return false;
                }
                var pair = inventory.holdWheelchair(c, 1);
                if (pair != null) {
                    inventory.release(pair);
                    return false;
                }
            }
        }
        return true;
    }
}

package org.podium.ticketing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.podium.accounts.FanId;
import org.podium.games.GamesClock;
import org.podium.games.Programme;
import org.podium.support.PodiumIntegrationTest;
import org.podium.ticketing.PriceCategory;
import org.podium.ticketing.SeatKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.podium.ticketing.internal.inventory.SeatMap;
import org.podium.ticketing.internal.inventory.SessionInventory;
import org.podium.ticketing.internal.inventory.Inventories;
import org.podium.ticketing.internal.sale.Hold;
import org.podium.ticketing.internal.sale.HoldRequest;
import org.podium.ticketing.internal.sale.Holds;
import org.podium.ticketing.internal.sale.FanTallies;
import org.podium.ticketing.internal.sale.SalesPhase;
import org.podium.ticketing.internal.sale.SalesPhases;
import org.podium.ticketing.internal.sale.Draw;
import org.podium.ticketing.internal.order.Orders;

/** The sale on the real programme and a real PostgreSQL: races, caps, phases, draws, packs, expiry, restart. */
@PodiumIntegrationTest
class TicketSalesIntegrationTests {

    @org.springframework.beans.factory.annotation.Autowired org.podium.support.VerifiedFans verifiedFans;

    @Autowired Programme programme;
    @Autowired GamesClock clock;
    @Autowired SalesPhases phases;
    @Autowired Holds holds;
    @Autowired Orders orders;
    @Autowired Inventories inventories;
    @Autowired FanTallies tallies;
    @Autowired JdbcClient jdbc;

    private static HoldRequest best(String session, PriceCategory category, int quantity) {
        return new HoldRequest(List.of(new HoldRequest.Item(session, category, quantity, 0, null)));
    }

    private static List<String> names(int count) {
        return Collections.nCopies(count, "Camille Martin");
    }

    @Test
    void racingFansSellExactlyTheSeatsForSaleNeverOneTwiceAndNoFanPassesTheCap() throws Exception {
        var session = TicketingFixtures.upcoming(programme, clock, "pont-alexandre-iii", 1).getFirst().code();
        TicketingFixtures.openSale(phases, clock, List.of(session), false);
        var forSale = inventories.of(session).availability().totalFree();
        var fans = new ArrayList<FanId>();
        for (var i = 0; i < 300; i++) {
            fans.add(verifiedFans.any());
        }
        var held = new ConcurrentLinkedQueue<Hold>();
        var capRefusals = new AtomicInteger();
        try (var pool = Executors.newFixedThreadPool(32)) {
            for (var fan : fans) {
                pool.submit(() -> {
                    var random = ThreadLocalRandom.current();
                    for (var attempt = 0; attempt < 40; attempt++) {
                        var category = PriceCategory.values()[random.nextInt(4)];
                        var request = random.nextInt(10) == 0
                                ? new HoldRequest(List.of(new HoldRequest.Item(session, category, 0, 1, null)))
                                : best(session, category, 1 + random.nextInt(3));
                        try {
                            held.add(holds.hold(fan, request));
                        } catch (SaleRefused refused) {
                            if (refused.kind() == SaleRefused.Kind.CAP_EXCEEDED) {
                                capRefusals.incrementAndGet();
                                return;
                            }
                        }
                    }
                });
            }
        }
        // Every hold becomes an order: the seats are then in PostgreSQL, under its unique index.
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (var hold : held) {
                pool.submit(() -> orders.checkout(hold.fan(), hold.id(), "race-" + hold.id(), names(hold.seatCount())));
            }
        }
        var seats = held.stream().flatMap(h -> h.seats().stream()).flatMapToInt(s -> java.util.Arrays.stream(s.seats())).boxed().toList();
        assertThat(seats).doesNotHaveDuplicates();
        var sold = jdbc.sql("select count(*) from ticketing.ticket where session_code = :s and active").param("s", session)
                .query(Long.class).single();
        assertThat(sold).isEqualTo(seats.size());
        var perFan = jdbc.sql("select max(n) from (select count(*) n from ticketing.ticket where session_code = :s and active group by fan_id) f")
                .param("s", session).query(Long.class).single();
        assertThat(perFan).isLessThanOrEqualTo(6);
        assertThat(capRefusals.get()).isPositive();
        // 300 fans x 6 > what is for sale: the standard seats are gone; only unpaired accessible seats can be left.
        var inventory = inventories.of(session);
        var leftStandard = java.util.stream.IntStream.range(0, inventory.map().capacity())
                .filter(s -> inventory.state(s) == SessionInventory.FREE && inventory.map().kind(s) == SeatKind.STANDARD).count();
        assertThat(leftStandard).isZero();
        assertThat(sold + inventory.availability().totalFree()).isEqualTo(forSale);
    }

    @Test
    void twoCartsOfOneFanCannotPassTheSessionCapTogether() throws Exception {
        var session = TicketingFixtures.upcoming(programme, clock, "pont-alexandre-iii", 2).get(1).code();
        TicketingFixtures.openSale(phases, clock, List.of(session), false);
        var fan = verifiedFans.any();
        var won = new AtomicInteger();
        try (var pool = Executors.newFixedThreadPool(20)) {
            for (var cart = 0; cart < 20; cart++) {
                pool.submit(() -> {
                    try {
                        holds.hold(fan, best(session, PriceCategory.B, 2));
                        won.incrementAndGet();
                    } catch (SaleRefused refused) {
                        assertThat(refused.kind()).isEqualTo(SaleRefused.Kind.CAP_EXCEEDED);
                    }
                });
            }
        }
        assertThat(won.get()).isEqualTo(3);
        assertThat(tallies.tally(fan).forSession(session)).isEqualTo(6);
    }

    @Test
    void anExpiredHoldGivesItsSeatsAndTheFansCountBack() {
        var session = TicketingFixtures.upcoming(programme, clock, "pont-alexandre-iii", 3).get(2).code();
        TicketingFixtures.openSale(phases, clock, List.of(session), false);
        var fan = verifiedFans.any();
        var before = inventories.of(session).availability().free(PriceCategory.C);
        var hold = holds.hold(fan, best(session, PriceCategory.C, 4));
        assertThat(inventories.of(session).availability().free(PriceCategory.C)).isEqualTo(before - 4);

        holds.expireDue(hold.expiresAt().minusSeconds(1)); // other tests' holds may go; this one stays
        assertThat(hold.state()).isEqualTo(Hold.State.ACTIVE);
        holds.expireDue(hold.expiresAt());

        assertThat(hold.state()).isEqualTo(Hold.State.EXPIRED);
        assertThat(inventories.of(session).availability().free(PriceCategory.C)).isEqualTo(before);
        assertThat(tallies.tally(fan).forSession(session)).isZero();
        assertThatThrownBy(() -> orders.checkout(fan, hold.id(), "late", names(4)))
                .isInstanceOfSatisfying(SaleRefused.class, e -> assertThat(e.kind()).isEqualTo(SaleRefused.Kind.HOLD_EXPIRED));
    }

    @Test
    void aPacksOnlyPhaseSellsOnlyHoldsOfThreeSessionsOrMore() {
        var sessions = TicketingFixtures.upcoming(programme, clock, "champ-de-mars-arena", 4).stream().map(s -> s.code()).toList();
        TicketingFixtures.openSale(phases, clock, sessions, true);
        var fan = verifiedFans.any();
        assertThatThrownBy(() -> holds.hold(fan, best(sessions.getFirst(), PriceCategory.A, 2)))
                .isInstanceOfSatisfying(SaleRefused.class, e -> assertThat(e.kind()).isEqualTo(SaleRefused.Kind.PACK_REQUIRED));
        var pack = holds.hold(fan, new HoldRequest(sessions.subList(0, 3).stream()
                .map(s -> new HoldRequest.Item(s, PriceCategory.A, 2, 0, null)).toList()));
        assertThat(pack.countPerSession()).hasSize(3).containsValues(2, 2, 2);
    }

    @Test
    void aDrawOrdersItsEntriesReproduciblyAndOnlyFansInTheirSlotMayBuy() throws Exception {
        var session = TicketingFixtures.upcoming(programme, clock, "champ-de-mars-arena", 6).get(5).code();
        var now = clock.now();
        // Registration closes two Games seconds from now; the sale opens then, one fan per daily slot.
        var phase = phases.create(new SalesPhases.PhaseSettings("Test draw", SalesPhase.Access.DRAW, false, 3,
                now.plusSeconds(2), now.plus(Duration.ofDays(30)), List.of(session), now.minusSeconds(60), now.plusSeconds(2),
                48, 1, 1440), "test");
        var fans = new ArrayList<FanId>();
        for (var i = 0; i < 5; i++) {
            var fan = verifiedFans.any();
            phases.register(phase.id(), fan);
            fans.add(fan);
        }
        assertThatThrownBy(() -> phases.register(phase.id(), fans.getFirst()))
                .isInstanceOfSatisfying(SaleRefused.class, e -> assertThat(e.kind()).isEqualTo(SaleRefused.Kind.CONFLICT));
        while (!clock.now().isAfter(now.plusSeconds(2))) {
            Thread.sleep(100);
        }
        assertThatThrownBy(() -> phases.register(phase.id(), verifiedFans.any()))
                .isInstanceOfSatisfying(SaleRefused.class, e -> assertThat(e.kind()).isEqualTo(SaleRefused.Kind.SALES_CLOSED));

        assertThat(phases.runDraw(phase.id(), 20240726L, "test")).isEqualTo(5);
        var order = phases.drawOrder(phase.id());
        assertThat(order).isEqualTo(Draw.order(fans.stream().map(FanId::value).toList(), 20240726L));
        assertThatThrownBy(() -> phases.runDraw(phase.id(), "test"))
                .isInstanceOfSatisfying(SaleRefused.class, e -> assertThat(e.kind()).isEqualTo(SaleRefused.Kind.CONFLICT));

        // The first drawn fan's 48-hour slot is open now; the second's opens tomorrow; a fan not drawn has none.
        var first = new FanId(order.get(0));
        var second = new FanId(order.get(1));
        assertThat(holds.hold(first, best(session, PriceCategory.B, 2)).seatCount()).isEqualTo(2);
        assertThatThrownBy(() -> holds.hold(second, best(session, PriceCategory.B, 2)))
                .isInstanceOfSatisfying(SaleRefused.class, e -> {
                    assertThat(e.kind()).isEqualTo(SaleRefused.Kind.OUTSIDE_SLOT);
                    assertThat(e.details()).containsKey("slotStartsAt");
                });
        assertThatThrownBy(() -> holds.hold(verifiedFans.any(), best(session, PriceCategory.B, 2)))
                .isInstanceOfSatisfying(SaleRefused.class, e -> assertThat(e.kind()).isEqualTo(SaleRefused.Kind.OUTSIDE_SLOT));
    }

    @Test
    void aRestartRebuildsSoldSeatsAndCountsFromPostgresqlAndReleasesHolds() {
        var session = TicketingFixtures.upcoming(programme, clock, "pont-alexandre-iii", 4).get(3).code();
        TicketingFixtures.openSale(phases, clock, List.of(session), false);
        var fan = verifiedFans.any();
        var ordered = holds.hold(fan, best(session, PriceCategory.A, 3));
        orders.checkout(fan, ordered.id(), "restart", names(3));
        holds.hold(fan, best(session, PriceCategory.A, 2));
        var before = inventories.of(session).availability();

        holds.forgetAll();
        inventories.forgetAll();
        tallies.forgetAll();

        var after = inventories.of(session).availability();
        assertThat(after.sold()).isEqualTo(before.sold());
        assertThat(after.free(PriceCategory.A)).isEqualTo(before.free(PriceCategory.A) + 2);
        assertThat(tallies.tally(fan).forSession(session)).isEqualTo(3);
        for (var seat : ordered.seats().getFirst().seats()) {
            assertThat(inventories.of(session).state(seat)).as(SeatMap.seatId(seat)).isEqualTo(SessionInventory.SOLD);
        }
    }
}

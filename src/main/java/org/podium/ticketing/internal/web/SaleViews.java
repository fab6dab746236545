package org.podium.ticketing.internal.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.podium.games.GamesClock;
import org.podium.ticketing.PriceCategory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.podium.ticketing.internal.inventory.SeatMap;
import org.podium.ticketing.internal.inventory.SessionInventory;
import org.podium.ticketing.internal.inventory.Inventories;
import org.podium.ticketing.internal.inventory.Prices;
import org.podium.ticketing.internal.sale.Hold;
import org.podium.ticketing.internal.sale.SalesPhase;
import org.podium.ticketing.internal.sale.SalesPhases;
import org.podium.ticketing.internal.SaleRefused;

/** What fans and staff read about a session's sale, a hold, a section's seats. */
@Component
public class SaleViews {

    private final Inventories inventories;
    private final Prices prices;
    private final SalesPhases phases;
    private final GamesClock clock;
    private final MessageSource messages;

    public SaleViews(Inventories inventories, Prices prices, SalesPhases phases, GamesClock clock, MessageSource messages) {
        this.messages = messages;
        this.inventories = inventories;
        this.prices = prices;
        this.phases = phases;
        this.clock = clock;
    }

    /** A session's sale at a glance: is it sellable, in which phase, what is left per category. */
    public record Availability(String session, boolean sellable, @Nullable String reason, @Nullable String phase,
                        @Nullable String phaseAccess, boolean packsOnly, List<Category> categories, int sections,
                        int wheelchairSpacesFree) {
    }

    /** Seats of one price category. */
    record Category(String category, int priceCents, int free, int held, int sold, int heldBack) {
    }

    /** A hold as its fan sees it. */
    record HoldView(UUID id, String state, Instant expiresAt, int totalCents, List<HeldSeat> seats) {
    }

    /** One held seat. */
    record HeldSeat(String session, String seat, String category, String kind, int priceCents) {
    }

    /** One seat of a section's map. */
    record SeatView(String seat, int row, int number, String category, String kind, String state, @Nullable String partner) {
    }

    public Availability availability(String session) {
        var programmeSession = inventories.session(session);
        var reason = inventories.unsellableBecause(programmeSession);
        if (reason.isPresent()) {
            return new Availability(session, false, reason.get().text(messages, LocaleContextHolder.getLocale()), null, null,
                    false, List.of(), 0, 0);
        }
        var now = clock.now();
        var phase = phases.sellingAt(session, now);
        var inventory = inventories.of(session);
        var counts = inventory.availability();
        var categories = new ArrayList<Category>();
        for (var c : PriceCategory.values()) {
            categories.add(new Category(c.name(), prices.of(session, c), counts.free()[c.ordinal()], counts.held()[c.ordinal()],
                    counts.sold()[c.ordinal()], counts.heldBack()[c.ordinal()]));
        }
        var started = !programmeSession.startsAt().isAfter(now);
        var ended = started ? new SaleRefused(SaleRefused.Kind.SALES_CLOSED, "sessionStarted", session, programmeSession.startsAt())
                .text(messages, LocaleContextHolder.getLocale()) : null;
        return new Availability(session, !started, ended,
                phase.map(SalesPhase::name).orElse(null), phase.map(p -> p.access().name()).orElse(null),
                phase.map(SalesPhase::packsOnly).orElse(false), categories, inventory.map().sections(),
                wheelchairFree(inventory));
    }

    List<Availability> day(java.time.LocalDate day) {
        return inventories.sessionsOn(day).stream().map(s -> availability(s.code())).toList();
    }

    List<SeatView> section(String session, int section) {
        var inventory = inventories.of(session);
        var map = inventory.map();
        if (section < 1 || section > map.sections()) {
            throw new SaleRefused(SaleRefused.Kind.MALFORMED, "noSuchSection", session, map.sections());
        }
        var seats = new ArrayList<SeatView>();
        for (var seat : map.sectionSeats(section)) {
            var state = switch (inventory.state(seat)) {
                case SessionInventory.FREE -> "FREE";
                case SessionInventory.HELD_BACK, SessionInventory.PARTNER -> "UNAVAILABLE";
                default -> "TAKEN";
            };
            seats.add(new SeatView(SeatMap.seatId(seat), SeatMap.row(seat), SeatMap.number(seat), map.category(seat).name(),
                    map.kind(seat).name(), state, map.partnerOf(seat) < 0 ? null : SeatMap.seatId(map.partnerOf(seat))));
        }
        return seats;
    }

    HoldView hold(Hold hold) {
        var seats = new ArrayList<HeldSeat>();
        var total = 0;
        for (var held : hold.seats()) {
            var map = inventories.of(held.session()).map();
            for (var seat : held.seats()) {
                var price = prices.of(held.session(), map.category(seat));
                total += price;
                seats.add(new HeldSeat(held.session(), SeatMap.seatId(seat), map.category(seat).name(), map.kind(seat).name(), price));
            }
        }
        return new HoldView(hold.id(), hold.state().name(), hold.expiresAt(), total, seats);
    }

    private static int wheelchairFree(SessionInventory inventory) {
        var free = 0;
        for (var space : inventory.map().wheelchairSpaces()) {
            if (inventory.state(space) == SessionInventory.FREE && inventory.state(space + 1) == SessionInventory.FREE) {
                free++;
            }
        }
        return free;
    }

}

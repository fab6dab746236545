package org.podium.ticketing.internal.web;

import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.podium.ticketing.PriceCategory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.podium.ticketing.internal.inventory.Inventories;
import org.podium.ticketing.internal.inventory.Quotas;
import org.podium.ticketing.internal.inventory.Drops;
import org.podium.ticketing.internal.inventory.Prices;
import org.podium.ticketing.internal.sale.SalesPhase;
import org.podium.ticketing.internal.sale.SalesPhases;
import org.podium.ticketing.internal.sale.WaitingRooms;
import org.podium.ticketing.internal.sale.SalesFigures;
import org.podium.ticketing.internal.order.Orders;
import org.podium.ticketing.internal.order.OrderView;
import org.podium.ticketing.internal.SaleRefused;

/** The ticketing manager's API (role TICKETING_MANAGER): phases, draws, prices, drops, refunds, live sales. */
@RestController
@Tag(name = "Ticketing (staff)")
class StaffTicketingApi {

    private final SalesPhases phases;
    private final Prices prices;
    private final Drops drops;
    private final Orders orders;
    private final SalesFigures figures;
    private final WaitingRooms rooms;
    private final Inventories inventories;
    private final Quotas quotas;

    StaffTicketingApi(SalesPhases phases, Prices prices, Drops drops, Orders orders, SalesFigures figures, WaitingRooms rooms,
                      Inventories inventories, Quotas quotas) {
        this.quotas = quotas;
        this.rooms = rooms;
        this.inventories = inventories;
        this.phases = phases;
        this.prices = prices;
        this.drops = drops;
        this.orders = orders;
        this.figures = figures;
    }

    /** A phase as a manager configures it; times are instants on the Games clock. */
    record NewPhase(String name, SalesPhase.Access access, @Nullable Boolean packsOnly, @Nullable Integer minPackSessions,
                    Instant opensAt, Instant closesAt, @Nullable List<String> sessions, @Nullable Instant registrationOpensAt,
                    @Nullable Instant registrationClosesAt, @Nullable Integer slotHours, @Nullable Integer fansPerSlot,
                    @Nullable Integer slotIntervalMinutes) {
        SalesPhases.PhaseSettings settings() {
            if (name == null || access == null || opensAt == null || closesAt == null) {
                throw new SaleRefused(SaleRefused.Kind.MALFORMED, "phaseShape");
            }
            return new SalesPhases.PhaseSettings(name, access, Boolean.TRUE.equals(packsOnly),
                    minPackSessions == null ? 3 : minPackSessions, opensAt, closesAt, sessions, registrationOpensAt,
                    registrationClosesAt, slotHours == null ? 48 : slotHours, fansPerSlot == null ? 1000 : fansPerSlot,
                    slotIntervalMinutes == null ? 1440 : slotIntervalMinutes);
        }
    }

    @PostMapping("/api/staff/ticketing/phases")
    @Operation(summary = "Create a sales phase")
    ResponseEntity<SalesPhase> createPhase(@RequestBody NewPhase phase, Principal principal) {
        return ResponseEntity.status(201).body(phases.create(phase.settings(), principal.getName()));
    }

    @PostMapping("/api/staff/ticketing/phases/{id}/draw")
    @Operation(summary = "Run a phase's draw once, with a recorded random seed")
    Map<String, Object> draw(@PathVariable long id, Principal principal) {
        var entries = phases.runDraw(id, principal.getName());
        var phase = phases.phase(id);
        return Map.of("phase", id, "entries", entries, "seed", phase.drawSeed(), "drawnAt", phase.drawnAt());
    }

    @GetMapping("/api/staff/ticketing/phases/{id}/draw")
    @Operation(summary = "A draw's seed and order, to audit it")
    Map<String, Object> drawOrder(@PathVariable long id) {
        var phase = phases.phase(id);
        var view = new java.util.LinkedHashMap<String, Object>();
        view.put("phase", id);
        view.put("seed", phase.drawSeed());
        view.put("drawnAt", phase.drawnAt());
        view.put("order", phases.drawOrder(id));
        return view;
    }

    record Price(int priceCents) {
    }

    @PutMapping("/api/staff/ticketing/sessions/{session}/prices/{category}")
    ResponseEntity<Void> price(@PathVariable String session, @PathVariable PriceCategory category, @RequestBody Price price,
                               Principal principal) {
        prices.set(session, category, price.priceCents(), principal.getName());
        return ResponseEntity.noContent().build();
    }

    /** Shares of every section set aside, between 0 and 0.5 each. */
    record SessionQuotas(double partnerShare, double heldBackShare) {
    }

    @PutMapping("/api/staff/ticketing/sessions/{session}/quotas")
    @Operation(summary = "Set a session's quotas (partners and hospitality, held back for drops) before its sale starts")
    ResponseEntity<Void> quotas(@PathVariable String session, @RequestBody SessionQuotas quotas, Principal principal) {
        this.quotas.set(session, quotas.partnerShare(), quotas.heldBackShare(), principal.getName());
        return ResponseEntity.noContent().build();
    }

    record NewDrop(@org.jspecify.annotations.Nullable String session, @org.jspecify.annotations.Nullable Instant releaseAt) {
    }

    @PostMapping("/api/staff/ticketing/drops")
    @Operation(summary = "Schedule a drop of a session's held-back seats on the Games clock")
    ResponseEntity<Map<String, Object>> drop(@RequestBody NewDrop drop, Principal principal) {
        if (drop.session() == null || drop.session().isBlank()) {
            throw new SaleRefused(SaleRefused.Kind.MALFORMED, "dropSession");
        }
        if (drop.releaseAt() == null) {
            throw new SaleRefused(SaleRefused.Kind.MALFORMED, "dropReleaseAt");
        }
        return ResponseEntity.status(201).body(Map.of("id", drops.schedule(drop.session(), drop.releaseAt(), principal.getName())));
    }

    @PostMapping("/api/staff/ticketing/drops/{id}/release")
    @Operation(summary = "Release a drop now")
    Map<String, Object> release(@PathVariable long id, Principal principal) {
        return Map.of("id", id, "released", drops.release(id, principal.getName()));
    }

    record Refund(String reason) {
    }

    @PostMapping("/api/staff/ticketing/orders/{id}/refund")
    OrderView refund(@PathVariable UUID id, @RequestBody Refund refund, Principal principal) {
        return orders.refund(id, refund.reason() == null ? "" : refund.reason(), principal.getName());
    }

    @GetMapping("/api/staff/ticketing/sessions/{session}/sales")
    @Operation(summary = "Live sales of a session: seats per category by state, paid tickets per minute")
    SalesFigures.SessionSales sales(@PathVariable String session) {
        return figures.of(session);
    }

    /** A waiting room in front of a session's on-sale: opening on the Games clock, admissions per minute. */
    record NewWaitingRoom(String session, Instant opensAt, int admitPerMinute) {
    }

    @PostMapping("/api/staff/ticketing/waiting-rooms")
    @Operation(summary = "Arm a waiting room for a session's on-sale: those present at opening are drawn, later arrivals queue")
    ResponseEntity<Map<String, Object>> waitingRoom(@RequestBody NewWaitingRoom room, Principal principal) {
        if (room.session() == null || room.opensAt() == null || room.admitPerMinute() < 1) {
            throw new SaleRefused(SaleRefused.Kind.MALFORMED, "waitingRoomShape");
        }
        inventories.of(room.session());
        var armed = rooms.arm(room.session(), room.opensAt(), room.admitPerMinute(), principal.getName());
        return ResponseEntity.status(201).body(Map.of("session", armed.session(), "opensAt", armed.opensAt(),
                "admitPerMinute", armed.admitPerMinute()));
    }

    @org.springframework.web.bind.annotation.DeleteMapping("/api/staff/ticketing/waiting-rooms/{session}")
    ResponseEntity<Void> removeWaitingRoom(@PathVariable String session, Principal principal) {
        if (rooms.of(session).isEmpty()) {
            throw new org.podium.platform.NotFound("waiting room", session);
        }
        rooms.disarm(session, principal.getName());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/staff/ticketing/orders/{id}")
    OrderView order(@PathVariable UUID id) {
        return orders.view(id);
    }

    @GetMapping("/api/staff/ticketing/sales/by-day")
    @io.swagger.v3.oas.annotations.Operation(summary = "Tickets of paid orders per day of payment (Paris time) and price category")
    List<SalesFigures.SalesDay> salesByDay() {
        return figures.byDay();
    }

    @GetMapping("/api/staff/ticketing/sales/sell-through")
    @io.swagger.v3.oas.annotations.Operation(summary = "Sessions with paid tickets, most sold first: tickets sold out of the session's seats")
    List<SalesFigures.SellThrough> sellThrough(@org.springframework.web.bind.annotation.RequestParam(defaultValue = "20") int limit) {
        if (limit < 1 || limit > 500) {
            throw new SaleRefused(SaleRefused.Kind.MALFORMED, "limitRange", 1, 500);
        }
        return figures.sellThrough(limit);
    }

    @GetMapping("/api/staff/ticketing/ledger")
    @Operation(summary = "Paid orders against their tickets, and any seat sold twice (there must be none)")
    SalesFigures.Ledger ledger() {
        return figures.ledger();
    }
}

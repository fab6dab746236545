package org.podium.ticketing.internal.web;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.podium.ticketing.internal.sale.HoldRequest;
import org.podium.ticketing.internal.sale.Holds;
import org.podium.ticketing.internal.sale.HoldBursts;
import org.podium.ticketing.internal.sale.SalesPhase;
import org.podium.ticketing.internal.sale.SalesPhases;
import org.podium.ticketing.internal.sale.WaitingRooms;
import org.podium.ticketing.internal.order.Orders;
import org.podium.ticketing.internal.order.OrderView;

/**
 * The fan's ticket shop as JSON: availability is public; draws, holds, checkout and orders are
 * the signed-in fan's own (session cookie and CSRF token, as the pages use).
 */
@RestController
@Tag(name = "Ticketing")
class TicketingApi {

    private final SaleViews views;
    private final Holds holds;
    private final Orders orders;
    private final SalesPhases phases;
    private final FanIdentity fans;
    private final WaitingRooms rooms;

    private final HoldBursts bursts;

    TicketingApi(SaleViews views, Holds holds, Orders orders, SalesPhases phases, FanIdentity fans, WaitingRooms rooms,
                 HoldBursts bursts) {
        this.bursts = bursts;
        this.rooms = rooms;
        this.views = views;
        this.holds = holds;
        this.orders = orders;
        this.phases = phases;
        this.fans = fans;
    }

    @GetMapping("/api/tickets/sessions/{session}")
    @Operation(summary = "A session's sale: phase open now, prices, seats left per category")
    SaleViews.Availability availability(@PathVariable String session) {
        return views.availability(session);
    }

    @GetMapping("/api/tickets/sessions/{session}/sections/{section}")
    @Operation(summary = "The seats of one section with their state, for the seat map")
    List<SaleViews.SeatView> section(@PathVariable String session, @PathVariable int section) {
        return views.section(session, section);
    }

    @GetMapping("/api/tickets/phases")
    @Operation(summary = "The sales phases")
    List<SalesPhase> phases() {
        return phases.all();
    }

    @PostMapping("/api/fan/draws/{phase}/entries")
    @Operation(summary = "Register the signed-in fan for a draw (one entry per fan)")
    ResponseEntity<Map<String, Object>> register(@PathVariable long phase, Principal principal) {
        phases.register(phase, fans.of(principal));
        return ResponseEntity.status(201).body(Map.of("phase", phase, "registered", true));
    }

    @GetMapping("/api/fan/draws/{phase}")
    @Operation(summary = "The signed-in fan's entry and purchase slot in a draw")
    Map<String, Object> entry(@PathVariable long phase, Principal principal) {
        var fan = fans.of(principal);
        var salesPhase = phases.phase(phase);
        var slot = phases.slot(salesPhase, fan);
        var view = new java.util.LinkedHashMap<String, Object>();
        view.put("phase", phase);
        view.put("registered", phases.isRegistered(phase, fan));
        view.put("drawn", salesPhase.drawnAt() != null);
        slot.ifPresent(s -> {
            view.put("slotStartsAt", s.startsAt());
            view.put("slotEndsAt", s.endsAt());
        });
        return view;
    }

    @PostMapping("/api/fan/holds")
    @Operation(summary = "Hold seats: best available by category, wheelchair spaces with companions, or chosen seats")
    ResponseEntity<SaleViews.HoldView> hold(@RequestBody HoldRequest request, Principal principal,
            @org.springframework.web.bind.annotation.CookieValue(name = WaitingRooms.COOKIE, required = false) @Nullable String queueToken,
            jakarta.servlet.http.HttpServletRequest http) {
        var fan = fans.of(principal);
        bursts.record(http.getRemoteAddr(), fan);
        request.checkShape();
        request.items().forEach(item -> rooms.checkAdmitted(item.session(), queueToken, fan));
        var hold = holds.hold(fan, request);
        return ResponseEntity.created(URI.create("/api/fan/holds/" + hold.id())).body(views.hold(hold));
    }

    @GetMapping("/api/fan/holds/{id}")
    SaleViews.HoldView heldSeats(@PathVariable UUID id, Principal principal) {
        return views.hold(holds.ofFan(fans.of(principal), id));
    }

    @DeleteMapping("/api/fan/holds/{id}")
    @Operation(summary = "Give held seats back")
    ResponseEntity<Void> release(@PathVariable UUID id, Principal principal) {
        holds.release(fans.of(principal), id);
        return ResponseEntity.noContent().build();
    }

    /** Holder names in seat order. The card is typed on the payment service's page (the order's payAt), never sent here. */
    record Checkout(List<String> holders) {
    }

    @PostMapping("/api/fan/holds/{id}/checkout")
    @Operation(summary = "Order the held seats, then pay on the payment service's page (payAt); retrying with the same Idempotency-Key returns the same order")
    ResponseEntity<OrderView> checkout(@PathVariable UUID id, @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key,
                                       @RequestBody Checkout checkout, Principal principal) {
        var placed = orders.checkout(fans.of(principal), id, key == null ? "" : key, checkout.holders());
        var location = URI.create("/api/fan/orders/" + placed.order().id());
        return placed.replayed() ? ResponseEntity.ok().location(location).body(placed.order())
                : ResponseEntity.created(location).body(placed.order());
    }

    @GetMapping("/api/fan/orders")
    List<OrderView> myOrders(Principal principal) {
        return orders.ofFan(fans.of(principal));
    }

    @GetMapping("/api/fan/orders/{id}")
    OrderView myOrder(@PathVariable UUID id, Principal principal) {
        return orders.order(fans.of(principal), id);
    }

    @GetMapping("/api/tickets/sessions")
    @Operation(summary = "Sessions of a day with their sale state")
    List<SaleViews.Availability> sessions(
            @RequestParam @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate day) {
        return views.day(day);
    }
}

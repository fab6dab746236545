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
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.podium.ticketing.internal.change.Transfers;
import org.podium.ticketing.internal.change.Resales;
import org.podium.ticketing.internal.SaleRefused;

/** Transfers and the face-value resale as JSON, for the signed-in fan (session cookie and CSRF token). */
@RestController
@Tag(name = "Ticketing")
class TicketChangesApi {

    private final Transfers transfers;
    private final Resales resales;
    private final FanIdentity fans;

    TicketChangesApi(Transfers transfers, Resales resales, FanIdentity fans) {
        this.transfers = transfers;
        this.resales = resales;
        this.fans = fans;
    }

    record TransferRequest(@Nullable String email) {
    }

    record AcceptRequest(@Nullable String holderName) {
    }

    record ListingRequest(@Nullable Integer priceCents) {
    }

    record BuyRequest(@Nullable String holderName) {
    }

    @Operation(summary = "Offer one of your tickets to another fan account, by its e-mail address")
    @PostMapping("/api/fan/tickets/{id}/transfer")
    ResponseEntity<Transfers.Transfer> offer(@PathVariable UUID id, @RequestBody TransferRequest request, Principal principal) {
        var transfer = transfers.offer(fans.of(principal), id, request.email() == null ? "" : request.email());
        return ResponseEntity.created(URI.create("/api/fan/transfers/" + transfer.id())).body(transfer);
    }

    @Operation(summary = "Transfers waiting for an answer: offered by you and offered to you")
    @GetMapping("/api/fan/transfers")
    Map<String, List<Transfers.Transfer>> pending(Principal principal) {
        var fan = fans.of(principal);
        return Map.of("outgoing", transfers.outgoing(fan), "incoming", transfers.incoming(fan));
    }

    @Operation(summary = "Cancel a transfer you offered, before it is accepted")
    @DeleteMapping("/api/fan/transfers/{id}")
    ResponseEntity<Void> cancel(@PathVariable UUID id, Principal principal) {
        transfers.cancel(fans.of(principal), id);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Accept a ticket offered to you, with the name of its new holder")
    @PostMapping("/api/fan/transfers/{id}/accept")
    Transfers.Transfer accept(@PathVariable UUID id, @RequestBody AcceptRequest request, Principal principal) {
        transfers.accept(fans.of(principal), id, request.holderName() == null ? "" : request.holderName());
        return transfers.find(id);
    }

    @Operation(summary = "List one of your tickets on the official resale: the price must be its face value")
    @PostMapping("/api/fan/tickets/{id}/resale")
    ResponseEntity<Resales.Listing> list(@PathVariable UUID id, @RequestBody ListingRequest request, Principal principal) {
        if (request.priceCents() == null) {
            throw new SaleRefused(SaleRefused.Kind.MALFORMED, "priceRequired");
        }
        var listing = resales.list(fans.of(principal), id, request.priceCents());
        return ResponseEntity.created(URI.create("/api/fan/resale/" + listing.id())).body(listing);
    }

    @Operation(summary = "Withdraw your listing while it is not sold")
    @DeleteMapping("/api/fan/resale/{id}")
    ResponseEntity<Void> withdraw(@PathVariable UUID id, Principal principal) {
        resales.withdraw(fans.of(principal), id);
        return ResponseEntity.noContent().build();
    }

    /** What the public sees of a listing: the seat and its price, never who sells it or which ticket it is. */
    record OnSale(UUID id, String session, String seat, int priceCents, int feeCents) {
    }

    @Operation(summary = "Tickets of a session on the official resale, at face value")
    @GetMapping("/api/tickets/sessions/{code}/resale")
    List<OnSale> onSale(@PathVariable String code) {
        return resales.onSale(code).stream().map(l -> new OnSale(l.id(), l.session(), l.seat(), l.priceCents(), l.feeCents())).toList();
    }

    @Operation(summary = "Buy a resold ticket: pay on the payment service's page (payAt); it confirms by webhook, then the ticket is yours")
    @PostMapping("/api/fan/resale/{id}/buy")
    ResponseEntity<Map<String, Object>> buy(@PathVariable UUID id, @RequestBody BuyRequest request, Principal principal) {
        var purchase = resales.buy(fans.of(principal), id, request.holderName() == null ? "" : request.holderName());
        return ResponseEntity.accepted().location(URI.create("/api/fan/orders/" + purchase.order()))
                .body(purchase.payAt() == null ? Map.of("order", purchase.order())
                        : Map.of("order", purchase.order(), "payAt", purchase.payAt().toString()));
    }
}

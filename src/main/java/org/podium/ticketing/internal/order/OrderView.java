package org.podium.ticketing.internal.order;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An order as its fan and the ticketing staff see it. Amounts in euro cents.
 *
 * @param payAt while the order waits for its payment: the payment service's page where the fan pays
 */
public record OrderView(UUID id, String status, int totalCents, Instant createdAt, Instant expiresAt,
                        @Nullable Instant paidAt, @Nullable String statusReason, List<TicketView> tickets, java.net.@Nullable URI payAt) {

    /**
     * A named ticket for one seat.
     *
     * @param passedOn the ticket is now another fan's (transferred or resold); it stays listed in the order that paid for it
     */
    public record TicketView(UUID id, String session, String seat, String category, String kind, String holder,
                             int priceCents, boolean active, boolean passedOn) {
    }
}

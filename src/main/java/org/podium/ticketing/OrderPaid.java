package org.podium.ticketing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.podium.accounts.FanId;

/**
 * A spectator order was paid: its named tickets are the fan's.
 *
 * @param totalCents        what the fan paid, tax included
 * @param toSellersCents    of it, what goes back to the fans whose tickets were resold (face value;
 *                          0 for a first sale): the committee keeps the rest (the resale fee)
 */
public record OrderPaid(UUID order, FanId fan, List<IssuedTicket> tickets, Instant paidAt, long totalCents, long toSellersCents) {
}

package org.podium.ticketing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.podium.accounts.FanId;

/** A spectator order was paid: its named tickets are the fan's. */
public record OrderPaid(UUID order, FanId fan, List<IssuedTicket> tickets, Instant paidAt) {
}

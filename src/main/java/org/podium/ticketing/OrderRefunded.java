package org.podium.ticketing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.podium.accounts.FanId;

/** A paid order was refunded (all of what was paid, {@code amountCents}): its tickets are void and their seats back on sale. */
public record OrderRefunded(UUID order, FanId fan, List<UUID> tickets, String reason, Instant refundedAt, long amountCents) {
}

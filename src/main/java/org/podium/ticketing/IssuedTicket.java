package org.podium.ticketing;

import java.util.UUID;

/** A named ticket as other modules see it: which seat of which session, and whose name is on it. */
public record IssuedTicket(UUID id, String session, String seat, PriceCategory category, SeatKind kind, String holderName) {
}

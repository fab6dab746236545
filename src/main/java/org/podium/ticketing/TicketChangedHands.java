package org.podium.ticketing;

import java.time.Instant;
import java.util.UUID;

import org.podium.accounts.FanId;

/**
 * A ticket now belongs to another fan, by an accepted transfer or an official resale: the old
 * holder's code must stop working and the new holder gets a new one.
 */
public record TicketChangedHands(UUID ticket, String session, FanId from, FanId to, String holderName, How how, Instant at) {

    public enum How {
        TRANSFER, RESALE
    }
}

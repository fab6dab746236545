package org.podium.ticketing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.podium.accounts.FanId;

/** A fan checked out a hold: an order waits for its payment. The SOC counts them per fan (scalping bots). */
public record OrderPlaced(UUID order, FanId fan, int seats, List<String> sessions, Instant at) {
}

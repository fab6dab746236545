package org.podium.ticketing;

import java.time.Instant;

/**
 * One client address asked for more holds within a minute than a person would (a bot sweeping
 * seats to resell): published once per address and minute, for the SOC.
 */
public record HoldBurst(String clientAddress, int holds, int fans, Instant minuteStart, Instant at) {
}

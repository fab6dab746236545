package org.podium.accounts;

import java.time.Instant;

/** A fan opened the link sent to their address: the address is theirs, and they may buy. */
public record EmailVerified(FanId fan, Instant at) {
}

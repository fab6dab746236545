package org.podium.accounts;

import java.time.Instant;

/** A fan created an account. */
public record FanRegistered(FanId fan, String language, Instant at) {
}

package org.podium.accounts;

/** A fan account as other modules may see it: no password. */
public record Fan(FanId id, String email, String displayName, String language) {
}

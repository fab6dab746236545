package org.podium.accounts.internal;

import java.time.Instant;

import org.podium.accounts.FanId;

/** Someone registered with the address of an existing account: its owner is told by mail, the page says nothing. */
public record RegisteredAddressReused(FanId owner, Instant at) {
}

package org.podium.accounts;

import java.time.Instant;

/**
 * Someone registered with the address of an existing account: its owner is told by mail, the
 * page says nothing. Many of these from one place are someone probing who has an account.
 */
public record RegisteredAddressReused(FanId owner, Instant at) {
}

/**
 * Digital tickets and gates: signed, versioned ticket credentials released before each session,
 * the fan's offline wallet with a rotating code bound to their device, revocation lists, offline
 * gate scanners whose scans are uploaded idempotently, double-entry detection and gate operations.
 */
@ApplicationModule(displayName = "Gates", allowedDependencies = { "games", "ticketing", "accounts", "platform", "audit" })
@NullMarked
package org.podium.gates;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

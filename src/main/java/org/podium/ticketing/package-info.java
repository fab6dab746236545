/**
 * Ticketing: sells seats of competition sessions to fans under Paris 2024's rules (draws with
 * purchase slots, packs, open sale, drops, caps), with seat maps, expiring holds, idempotent
 * checkout through a payment provider, and a virtual waiting room.
 */
@ApplicationModule(displayName = "Ticketing", allowedDependencies = { "games", "accounts", "platform", "audit" })
@NullMarked
package org.podium.ticketing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

/**
 * Transport: athletes' and delegations' buses and cars between the village and the venues. So far
 * the places (venues, village, depot) and the travel-time model every plan is built on.
 */
@ApplicationModule(displayName = "Transport", allowedDependencies = { "games", "platform" })
@NullMarked
package org.podium.transport;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

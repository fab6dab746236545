/**
 * Results: unit results with their versions, the ranking engine that recomputes ranks from raw
 * values, medallists and the medal table, from live input or from a results feed.
 */
@ApplicationModule(displayName = "Competition and results", allowedDependencies = { "games", "accounts", "platform", "audit" })
@NullMarked
package org.podium.results;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

/**
 * Games: the reference programme every capability needs (NOCs, sports and disciplines, events,
 * phases, units, venues and their sites, ticketed sessions) and the Games clock.
 */
@ApplicationModule(displayName = "Games programme and clock", allowedDependencies = { "platform", "audit" })
@NullMarked
package org.podium.games;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

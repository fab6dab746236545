/**
 * Transport: athletes' and delegations' buses and cars between the village and the venues: the
 * places and travel times, the fleet and drivers, bus lines and their GTFS feed, the on-demand car
 * pool dispatched with Timefold, live operations. Car bookings read the riders' transport
 * privileges from the accreditation module.
 */
@ApplicationModule(displayName = "Transport", allowedDependencies = { "games", "platform", "accreditation" })
@NullMarked
package org.podium.transport;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

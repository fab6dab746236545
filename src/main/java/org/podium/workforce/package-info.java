/**
 * Workforce: the volunteers, from their application through selection and training to a lawful,
 * fair roster (Timefold Solver) and the day itself (check-in, hours, no-shows, meal vouchers).
 */
@ApplicationModule(displayName = "Workforce", allowedDependencies = { "games", "accounts", "platform", "audit" })
@NullMarked
package org.podium.workforce;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

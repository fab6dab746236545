/** Audit: the trail of staff actions (who did what, when, to what), published by every module. */
@ApplicationModule(displayName = "Audit trail")
@NullMarked
package org.podium.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

/**
 * Security operations: Podium's own Sigma engine (rules compiled into matchers, logsource
 * mapping, a load report), with ingestion, correlations, alerts and incidents to come.
 */
@ApplicationModule(displayName = "Security operations", allowedDependencies = { "platform", "audit", "accounts", "ticketing", "gates", "accreditation" })
@NullMarked
package org.podium.soc;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

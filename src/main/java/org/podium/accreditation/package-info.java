/**
 * Accreditation: the Games identity card of everyone who works there, from an organisation's
 * request within its quotas, through the centre's validation and the binding security screening,
 * to approval (cards and checkpoints build on it).
 */
@ApplicationModule(displayName = "Accreditation", allowedDependencies = { "games", "accounts", "platform", "audit", "workforce" })
@NullMarked
package org.podium.accreditation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

/**
 * Platform: what every capability stands on and nothing more: the embedded PostgreSQL, the two
 * languages of the site, the page layout and RFC 9457 problem details.
 */
@ApplicationModule(displayName = "Platform", type = ApplicationModule.Type.OPEN)
@NullMarked
package org.podium.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

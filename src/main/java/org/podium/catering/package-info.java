/**
 * Catering: feeding the village. So far the recipes' labelling: allergens and dietary tags derived
 * from the ingredients, never typed by hand.
 */
@ApplicationModule(displayName = "Catering", allowedDependencies = { "games", "platform" })
@NullMarked
package org.podium.catering;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

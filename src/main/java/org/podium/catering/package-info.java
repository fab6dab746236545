/**
 * Catering: feeding the village. The village population from the schedule, the meal forecast that
 * learns from what is served, recipes whose allergens, tags, nutrition and carbon are derived from
 * their ingredients, stock projection with shortage alerts and orders (event {@link PurchaseRequested}),
 * and the restaurant floor. Publishes PurchaseRequested.
 */
@ApplicationModule(displayName = "Catering", allowedDependencies = { "games", "platform" })
@NullMarked
package org.podium.catering;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

package org.podium.transport.internal;

import java.time.LocalDateTime;

/**
 * A closed road or lane around a place: any trip that passes within {@code radiusKm} of it while
 * it lasts takes {@code multiplier} times as long.
 */
public record Disruption(long id, Place place, double radiusKm, double multiplier, LocalDateTime starts, LocalDateTime ends, String reason) {

    /** Whether the straight line between two places passes within the radius, on a local flat projection. */
    public boolean touches(Place from, Place to) {
        var kmPerDegreeLat = 111.2;
        var kmPerDegreeLon = 111.2 * Math.cos(Math.toRadians(place.latitude()));
        var ax = (from.longitude() - place.longitude()) * kmPerDegreeLon;
        var ay = (from.latitude() - place.latitude()) * kmPerDegreeLat;
        var bx = (to.longitude() - place.longitude()) * kmPerDegreeLon;
        var by = (to.latitude() - place.latitude()) * kmPerDegreeLat;
        var dx = bx - ax;
        var dy = by - ay;
        var length = dx * dx + dy * dy;
        var t = length == 0 ? 0 : Math.clamp(-(ax * dx + ay * dy) / length, 0, 1);
        var x = ax + t * dx;
        var y = ay + t * dy;
        return Math.sqrt(x * x + y * y) <= radiusKm;
    }

    public boolean during(LocalDateTime departure) {
        return !departure.isBefore(starts) && departure.isBefore(ends);
    }
}

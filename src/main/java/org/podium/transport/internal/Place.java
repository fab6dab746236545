package org.podium.transport.internal;

/**
 * A point transport serves: a venue (by its schedule code), the village, the press and broadcast
 * centres, the bus depot.
 */
public record Place(String code, String name, double latitude, double longitude) {

    static final double EARTH_RADIUS_KM = 6_371.0088;

    /** Great-circle distance (haversine, mean Earth radius) in kilometres. */
    public double kilometresTo(Place other) {
        var lat1 = Math.toRadians(latitude);
        var lat2 = Math.toRadians(other.latitude);
        var dLat = lat2 - lat1;
        var dLon = Math.toRadians(other.longitude - longitude);
        var h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}

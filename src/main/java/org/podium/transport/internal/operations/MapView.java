package org.podium.transport.internal.operations;

import java.util.List;

import org.podium.transport.internal.Place;

/**
 * An SVG map of the places drawn from their coordinates (no tile server is reachable at a Games
 * venue's network edge): an equirectangular projection of their bounding box, longitude scaled by
 * the cosine of the mean latitude so distances look right around Paris.
 */
public record MapView(double minLatitude, double maxLatitude, double minLongitude, double maxLongitude, int width, int height) {

    static final int WIDTH = 720;
    static final double MARGIN = 0.03;

    static MapView around(List<Place> places) {
        var minLat = places.stream().mapToDouble(Place::latitude).min().orElse(48.7) - MARGIN;
        var maxLat = places.stream().mapToDouble(Place::latitude).max().orElse(49.0) + MARGIN;
        var minLon = places.stream().mapToDouble(Place::longitude).min().orElse(2.1) - MARGIN;
        var maxLon = places.stream().mapToDouble(Place::longitude).max().orElse(2.6) + MARGIN;
        var cos = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        var height = (int) Math.round(WIDTH * (maxLat - minLat) / ((maxLon - minLon) * cos));
        return new MapView(minLat, maxLat, minLon, maxLon, WIDTH, height);
    }

    public long x(double longitude) {
        return Math.round((longitude - minLongitude) / (maxLongitude - minLongitude) * width);
    }

    public long y(double latitude) {
        return Math.round((maxLatitude - latitude) / (maxLatitude - minLatitude) * height);
    }
}

package org.podium.transport.internal.cars;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.podium.transport.internal.Place;
import org.podium.transport.internal.TravelTimes;

/**
 * Travel times between every pair of places, hour by hour, asked once of {@link TravelTimes}: the
 * solver reads them millions of times. Cars are accredited vehicles: they use the Olympic lanes.
 */
public final class TravelMatrix {

    private final Map<String, Integer> index = new HashMap<>();
    private final int[][][] seconds;
    private final double[][] kilometres;

    private TravelMatrix(List<Place> places, TravelTimes times, LocalDate day, double detourFactor) {
        var n = places.size();
        seconds = new int[24][n][n];
        kilometres = new double[n][n];
        for (var i = 0; i < n; i++) {
            index.put(places.get(i).code(), i);
        }
        for (var i = 0; i < n; i++) {
            for (var j = 0; j < n; j++) {
                kilometres[i][j] = i == j ? 0 : places.get(i).kilometresTo(places.get(j)) * detourFactor;
                for (var hour = 0; hour < 24; hour++) {
                    seconds[hour][i][j] = (int) times.between(places.get(i), places.get(j), day.atTime(hour, 30), true).toSeconds();
                }
            }
        }
    }

    public static TravelMatrix of(List<Place> places, TravelTimes times, LocalDate day, double detourFactor) {
        return new TravelMatrix(places, times, day, detourFactor);
    }

    public int seconds(Place from, Place to, LocalDateTime departure) {
        return seconds[departure.getHour()][index.get(from.code())][index.get(to.code())];
    }

    /** Road kilometres (great circle x detour). */
    public double kilometres(Place from, Place to) {
        return kilometres[index.get(from.code())][index.get(to.code())];
    }
}

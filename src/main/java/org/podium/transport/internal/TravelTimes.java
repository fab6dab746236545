package org.podium.transport.internal;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * How long a road trip takes. Everything that plans (bus timetables, car dispatch, ETAs) asks this
 * interface only, so a road-network router (GraphHopper on OpenStreetMap data, say) can replace the
 * great-circle model without touching the rest: implement it and make it the bean.
 */
public interface TravelTimes {

    /**
     * @param departure  Paris local time of departure (the speed depends on the hour)
     * @param olympicLane whether the vehicle may use the Olympic lanes (accredited vehicles)
     */
    Duration between(Place from, Place to, LocalDateTime departure, boolean olympicLane);
}

package org.podium.transport.internal;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/** Travel times with the day's disruptions applied: a trip through a closed area takes longer while it lasts. */
public record DisruptedTravelTimes(TravelTimes base, List<Disruption> disruptions) implements TravelTimes {

    @Override
    public Duration between(Place from, Place to, LocalDateTime departure, boolean olympicLane) {
        var time = base.between(from, to, departure, olympicLane);
        for (var disruption : disruptions) {
            if (disruption.during(departure) && disruption.touches(from, to)) {
                time = Duration.ofSeconds(Math.round(time.toSeconds() * disruption.multiplier()));
            }
        }
        return time;
    }
}

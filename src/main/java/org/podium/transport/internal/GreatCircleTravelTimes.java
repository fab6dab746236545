package org.podium.transport.internal;

import java.time.Duration;
import java.time.LocalDateTime;

import org.springframework.stereotype.Component;

/**
 * Great-circle distance x a detour factor, at the hour's average speed (faster on the Olympic
 * lanes), plus a fixed stop time. Symmetric for a given departure hour; obeys the triangle
 * inequality up to the stop time, since the distance does.
 */
@Component
public class GreatCircleTravelTimes implements TravelTimes {

    private final TransportProperties properties;

    public GreatCircleTravelTimes(TransportProperties properties) {
        this.properties = properties;
    }

    @Override
    public Duration between(Place from, Place to, LocalDateTime departure, boolean olympicLane) {
        if (from.code().equals(to.code())) {
            return Duration.ZERO;
        }
        var kilometres = from.kilometresTo(to) * properties.detourFactor();
        var speed = properties.speedsByHour().get(departure.getHour()) * (olympicLane ? properties.olympicLaneGain() : 1);
        var minutes = kilometres / speed * 60 + properties.stopMinutes();
        return Duration.ofSeconds(Math.round(minutes * 60));
    }
}

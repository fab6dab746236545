package org.podium.transport.internal;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Transport's assumptions, as configuration.
 *
 * @param detourFactor    road distance over great-circle distance (1.3-1.4 in dense European cities)
 * @param speedsByHour    average road speed (km/h) for each hour of the day, 0 to 23, Paris time
 * @param olympicLaneGain speed multiplier on the Olympic lanes (185 km reserved for accredited vehicles)
 * @param stopMinutes     minutes added to any trip (leaving the depot or a drop-off zone, parking)
 * @param depot           the bus depot's assumed point (never published): see transport/SOURCES.md
 */
@ConfigurationProperties("podium.transport")
public record TransportProperties(double detourFactor, List<Double> speedsByHour, double olympicLaneGain, double stopMinutes,
                                  Depot depot) {

    public record Depot(double latitude, double longitude) {}

    public TransportProperties {
        if (speedsByHour.size() != 24 || speedsByHour.stream().anyMatch(s -> s <= 0)) {
            throw new IllegalArgumentException("podium.transport.speeds-by-hour needs 24 positive speeds, one per hour");
        }
        if (detourFactor < 1 || olympicLaneGain < 1 || stopMinutes < 0) {
            throw new IllegalArgumentException("podium.transport: detour factor and lane gain are at least 1, stop minutes at least 0");
        }
    }
}

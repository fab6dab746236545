package org.podium.transport.internal.buses;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The athlete bus service's assumptions, as configuration (docs/modules/transport.md).
 *
 * @param seats               seats of one athlete bus (a standard coach)
 * @param warmUpMinutes       athletes are at the venue this long before their session starts
 * @param headwayMinutes      minutes between two buses of one session's service
 * @param returnAfterMinutes  first bus back this long after the session ends
 * @param officialsPerAthlete coaches and team officials travelling with each athlete
 * @param maxKilometres       venues farther from the village are served from their own (satellite) village
 */
@ConfigurationProperties("podium.transport.buses")
public record BusProperties(int seats, int warmUpMinutes, int headwayMinutes, int returnAfterMinutes, double officialsPerAthlete,
                            double maxKilometres) {

    public BusProperties {
        if (seats < 1 || warmUpMinutes < 0 || headwayMinutes < 1 || returnAfterMinutes < 0 || officialsPerAthlete < 0 || maxKilometres <= 0) {
            throw new IllegalArgumentException("podium.transport.buses: seats and headway at least 1, other values not negative");
        }
    }
}

package org.podium.transport.internal.fleet;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The fleet as Paris 2024 ran it (docs/modules/transport.md), generated once into the database.
 *
 * @param cars        cars by energy (500 hydrogen, 845 hybrid, 176 plug-in hybrid, 1,153 battery electric)
 * @param accessible  how many of the cars are wheelchair-accessible (150)
 * @param buses       athlete buses (450)
 * @param drivers     drivers (4,000+)
 * @param poolCars    cars given to the on-demand pool each day (the rest are allocated T1 cars)
 */
@ConfigurationProperties("podium.transport.fleet")
public record FleetProperties(Map<String, Integer> cars, int accessible, int buses, int drivers, int poolCars) {

    public FleetProperties {
        if (cars.isEmpty() || cars.values().stream().anyMatch(n -> n < 0) || accessible < 0 || buses < 0 || drivers < 1 || poolCars < 1) {
            throw new IllegalArgumentException("podium.transport.fleet: counts are not negative, at least one driver and one pool car");
        }
    }

    public int totalCars() {
        return cars.values().stream().mapToInt(Integer::intValue).sum();
    }
}

package org.podium.transport.internal.cars;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashMap;

import org.jspecify.annotations.Nullable;
import org.podium.transport.internal.Place;

/**
 * The greedy dispatcher a control room runs by hand: requests in order of their windows, each to
 * the car that can be there first (enough seats, accessible when needed, the ride over before the
 * driver's shift ends). As the baseline it always sends that car, late or not; as the planner's
 * starting point ({@code onTimeOnly}) it leaves a request it cannot serve on time for the solver.
 */
public final class NearestCar {

    private record Position(Place at, LocalDateTime free) {}

    private NearestCar() {
    }

    /** Appends rides not yet on a car to the cars' days, after the rides they already hold. */
    public static void dispatch(Dispatch dispatch, boolean onTimeOnly) {
        var positions = new HashMap<Car, Position>();
        var held = new java.util.HashSet<Ride>();
        for (var car : dispatch.getCars()) {
            var at = car.getStart();
            var free = car.getAvailable();
            for (var ride : car.getRides()) {
                held.add(ride);
                var pickUp = pickUp(ride, at, free);
                free = pickUp.plusSeconds(ride.getMatrix().seconds(ride.getFrom(), ride.getTo(), pickUp));
                at = ride.getTo();
            }
            positions.put(car, new Position(at, free));
        }
        var waiting = dispatch.getRides().stream().filter(r -> !held.contains(r))
                .sorted(Comparator.comparing(Ride::getEarliest).thenComparing(Ride::getId)).toList();
        for (var ride : waiting) {
            @Nullable Car best = null;
            @Nullable LocalDateTime bestPickUp = null;
            for (var car : dispatch.getCars()) {
                if (ride.getPassengers() > car.getSeats() || ride.isNeedsAccessible() && !car.isAccessible()) {
                    continue;
                }
                var position = positions.get(car);
                if (position.free().isAfter(ride.getLatest()) && onTimeOnly) {
                    continue;
                }
                var pickUp = pickUp(ride, position.at(), position.free());
                var dropOff = pickUp.plusSeconds(ride.getMatrix().seconds(ride.getFrom(), ride.getTo(), pickUp));
                if (dropOff.isAfter(car.getShiftEnd()) || onTimeOnly && pickUp.isAfter(ride.getLatest())) {
                    continue;
                }
                if (best == null || pickUp.isBefore(bestPickUp)) {
                    best = car;
                    bestPickUp = pickUp;
                }
            }
            if (best != null) {
                best.getRides().add(ride);
                positions.put(best, new Position(ride.getTo(),
                        bestPickUp.plusSeconds(ride.getMatrix().seconds(ride.getFrom(), ride.getTo(), bestPickUp))));
            }
        }
    }

    private static LocalDateTime pickUp(Ride ride, Place at, LocalDateTime free) {
        var arrival = free.plusSeconds(ride.getMatrix().seconds(at, ride.getFrom(), free));
        return arrival.isBefore(ride.getEarliest()) ? ride.getEarliest() : arrival;
    }
}

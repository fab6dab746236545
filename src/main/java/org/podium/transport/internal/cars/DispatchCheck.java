package org.podium.transport.internal.cars;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * An independent re-check of a dispatch plan, in plain Java: it replays each car's day from its
 * start, with the travel matrix only, never reading the times the solver's shadow variables hold.
 * The tests hold every solved plan to it.
 */
public final class DispatchCheck {

    public record Breach(String rule, String car, long ride, String detail) {}

    /** What the day looks like from the riders' side. */
    public record Service(int requests, int served, int onTime, List<Breach> breaches, long drivingSeconds, double emptyKilometres) {
        public double onTimeShare() {
            return requests == 0 ? 1 : (double) onTime / requests;
        }
    }

    private DispatchCheck() {
    }

    public static Service check(Dispatch dispatch) {
        var breaches = new ArrayList<Breach>();
        var served = 0;
        var onTime = 0;
        var driving = 0L;
        var empty = 0.0;
        for (var car : dispatch.getCars()) {
            var at = car.getStart();
            var free = car.getAvailable();
            for (var ride : car.getRides()) {
                var toPickUp = ride.getMatrix().seconds(at, ride.getFrom(), free);
                var arrival = free.plusSeconds(toPickUp);
                var pickUp = arrival.isBefore(ride.getEarliest()) ? ride.getEarliest() : arrival;
                var withRiders = ride.getMatrix().seconds(ride.getFrom(), ride.getTo(), pickUp);
                var dropOff = pickUp.plusSeconds(withRiders);
                served++;
                driving += toPickUp + withRiders;
                empty += ride.getMatrix().kilometres(at, ride.getFrom());
                var late = pickUp.isAfter(ride.getLatest());
                if (late) {
                    breaches.add(new Breach(DispatchConstraints.LATE, car.getCode(), ride.getId(),
                            "picked up " + pickUp.toLocalTime() + ", window closed " + ride.getLatest().toLocalTime()));
                }
                if (ride.getPassengers() > car.getSeats()) {
                    breaches.add(new Breach(DispatchConstraints.SEATS, car.getCode(), ride.getId(), ride.getPassengers() + " for " + car.getSeats()));
                }
                if (ride.isNeedsAccessible() && !car.isAccessible()) {
                    breaches.add(new Breach(DispatchConstraints.ACCESSIBLE, car.getCode(), ride.getId(), "not a wheelchair-accessible vehicle"));
                }
                if (dropOff.isAfter(car.getShiftEnd())) {
                    breaches.add(new Breach(DispatchConstraints.SHIFT, car.getCode(), ride.getId(),
                            Duration.between(car.getShiftEnd(), dropOff).toMinutes() + " min after the shift"));
                }
                if (!late) {
                    onTime++;
                }
                at = ride.getTo();
                free = dropOff;
            }
        }
        return new Service(dispatch.getRides().size(), served, onTime, breaches, driving, empty);
    }
}

package org.podium.transport.internal.cars;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;

/**
 * The car pool's rules. Hard: a pick-up within its window, enough seats, an accessible vehicle
 * when the passenger needs one, the ride over before the driver's shift ends. Medium: a request
 * left without a car (a dispatcher would rather say "no car" than promise a late one). Soft:
 * driving time and empty kilometres.
 */
public class DispatchConstraints implements ConstraintProvider {

    public static final String LATE = "Pick-up within its window";
    public static final String SEATS = "Enough seats";
    public static final String ACCESSIBLE = "Accessible vehicle when needed";
    public static final String SHIFT = "Within the driver's shift";
    public static final String UNSERVED = "Every request served";
    public static final String DRIVING = "Driving time";
    public static final String EMPTY = "Empty kilometres";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] { late(factory), seats(factory), accessible(factory), shift(factory), unserved(factory),
                driving(factory), empty(factory) };
    }

    Constraint late(ConstraintFactory factory) {
        return factory.forEach(Ride.class)
                .filter(ride -> ride.getCar() != null && ride.lateMinutes() > 0)
                .penalize(HardMediumSoftScore.ONE_HARD, ride -> (int) ride.lateMinutes())
                .asConstraint(LATE);
    }

    Constraint seats(ConstraintFactory factory) {
        return factory.forEach(Ride.class)
                .filter(ride -> ride.getCar() != null && ride.getPassengers() > ride.getCar().getSeats())
                .penalize(HardMediumSoftScore.ONE_HARD, ride -> ride.getPassengers() - ride.getCar().getSeats())
                .asConstraint(SEATS);
    }

    Constraint accessible(ConstraintFactory factory) {
        return factory.forEach(Ride.class)
                .filter(ride -> ride.getCar() != null && ride.isNeedsAccessible() && !ride.getCar().isAccessible())
                .penalize(HardMediumSoftScore.ONE_HARD, ride -> 60)
                .asConstraint(ACCESSIBLE);
    }

    Constraint shift(ConstraintFactory factory) {
        return factory.forEach(Ride.class)
                .filter(ride -> ride.getCar() != null && ride.overtimeMinutes() > 0)
                .penalize(HardMediumSoftScore.ONE_HARD, ride -> (int) ride.overtimeMinutes())
                .asConstraint(SHIFT);
    }

    Constraint unserved(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Ride.class)
                .filter(ride -> ride.getCar() == null)
                .penalize(HardMediumSoftScore.ONE_MEDIUM)
                .asConstraint(UNSERVED);
    }

    Constraint driving(ConstraintFactory factory) {
        return factory.forEach(Ride.class)
                .filter(ride -> ride.getCar() != null)
                .penalize(HardMediumSoftScore.ONE_SOFT, ride -> (int) ride.drivingSeconds())
                .asConstraint(DRIVING);
    }

    Constraint empty(ConstraintFactory factory) {
        return factory.forEach(Ride.class)
                .filter(ride -> ride.getCar() != null)
                .penalize(HardMediumSoftScore.ONE_SOFT, ride -> (int) ride.emptyMetres())
                .asConstraint(EMPTY);
    }
}

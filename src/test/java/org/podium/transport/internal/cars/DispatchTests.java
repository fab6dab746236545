package org.podium.transport.internal.cars;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.podium.transport.internal.GreatCircleTravelTimes;
import org.podium.transport.internal.Places;
import org.podium.transport.internal.TransportProperties;

import ai.timefold.solver.core.api.score.stream.test.ConstraintVerifier;

/**
 * The car pool's rules one by one with Timefold's ConstraintVerifier, and a solved day re-checked
 * by the independent replay of {@link DispatchCheck}, side by side with the nearest-car baseline.
 */
class DispatchTests {

    static final TransportProperties PROPERTIES = new TransportProperties(1.35,
            List.of(45.0, 48.0, 50.0, 50.0, 48.0, 40.0, 30.0, 22.0, 20.0, 24.0, 28.0, 28.0, 27.0, 28.0, 28.0, 26.0, 23.0, 20.0, 21.0, 26.0,
                    32.0, 36.0, 40.0, 43.0),
            1.4, 3, new TransportProperties.Depot(48.9560, 2.5010));
    static final LocalDate DAY = LocalDate.of(2024, 8, 2);
    static final Places PLACES = new Places(PROPERTIES);
    static final TravelMatrix MATRIX = TravelMatrix.of(PLACES.all(), new GreatCircleTravelTimes(PROPERTIES), DAY, 1.35);

    private final ConstraintVerifier<DispatchConstraints, Dispatch> verifier =
            ConstraintVerifier.build(new DispatchConstraints(), Dispatch.class, Car.class, Ride.class);

    static Car car(String code, int seats, boolean accessible, int fromHour, int toHour) {
        return new Car(code, seats, accessible, PLACES.get(Places.VILLAGE), DAY.atTime(fromHour, 0), DAY.atTime(toHour, 0));
    }

    static Ride ride(long id, String from, String to, LocalDateTime earliest, int passengers, boolean accessible) {
        return new Ride(id, PLACES.get(from), PLACES.get(to), earliest, earliest.plusMinutes(15), passengers, accessible, MATRIX);
    }

    /** The plan with its shadow variables (who drives, arrival times) worked out, as the solver would. */
    static Dispatch day(List<Car> cars, List<Ride> rides) {
        var dispatch = new Dispatch(cars, rides);
        SHADOWS.score(dispatch);
        return dispatch;
    }

    private static final DispatchPlanner SHADOWS = new DispatchPlanner(Duration.ofSeconds(1), Duration.ofSeconds(1));

    @Test
    void aPickUpAfterItsWindowIsPenalisedByTheMinutesLate() {
        var car = car("C1", 4, false, 8, 18);
        // From the village to Bercy (9.9 km) takes the car past a window that closes at 08:15.
        var first = ride(1, "VIL", "BCY", DAY.atTime(8, 0), 1, false);
        var second = ride(2, "VIL", "STA", DAY.atTime(8, 0), 1, false);
        car.getRides().addAll(List.of(first, second));
        var plan = day(List.of(car), List.of(first, second));
        // Replayed by hand: back from Bercy to the village, the second pick-up is late by this much.
        var dropOff = DAY.atTime(8, 0).plusSeconds(MATRIX.seconds(PLACES.get("VIL"), PLACES.get("BCY"), DAY.atTime(8, 0)));
        var back = dropOff.plusSeconds(MATRIX.seconds(PLACES.get("BCY"), PLACES.get("VIL"), dropOff));
        var late = (Duration.between(DAY.atTime(8, 15), back).toSeconds() + 59) / 60;
        assertThat(late).isPositive();
        verifier.verifyThat(DispatchConstraints::late).givenSolution(plan).penalizesBy((int) late);
    }

    @Test
    void moreRidersThanSeatsAWheelchairInAnOrdinaryCarAndOvertimeAreHardBreaches() {
        var car = car("C1", 4, false, 8, 9);
        var group = ride(1, "VIL", "STA", DAY.atTime(8, 0), 6, false);
        var wheelchair = ride(2, "STA", "BCY", DAY.atTime(8, 50), 1, true);
        car.getRides().addAll(List.of(group, wheelchair));
        var plan = day(List.of(car), List.of(group, wheelchair));
        verifier.verifyThat(DispatchConstraints::seats).givenSolution(plan).penalizesBy(2);
        verifier.verifyThat(DispatchConstraints::accessible).givenSolution(plan).penalizesBy(60);
        verifier.verifyThat(DispatchConstraints::shift).givenSolution(plan).penalizes(1);
    }

    @Test
    void aRequestWithoutACarCostsOneMediumPoint() {
        var car = car("C1", 4, false, 8, 18);
        var served = ride(1, "VIL", "AQC", DAY.atTime(9, 0), 1, false);
        var unserved = ride(2, "VIL", "AQC", DAY.atTime(9, 0), 1, false);
        car.getRides().add(served);
        verifier.verifyThat(DispatchConstraints::unserved).givenSolution(day(List.of(car), List.of(served, unserved))).penalizesBy(1);
        verifier.verifyThat(DispatchConstraints::late).givenSolution(day(List.of(car), List.of(served, unserved))).penalizesBy(0);
    }

    @Test
    void drivingTimeCountsTheEmptyLegAndTheRide() {
        var car = new Car("C1", 4, false, PLACES.get(Places.DEPOT), DAY.atTime(10, 0), DAY.atTime(20, 0));
        var ride = ride(1, "VIL", "AQC", DAY.atTime(11, 0), 1, false);
        car.getRides().add(ride);
        var empty = MATRIX.seconds(PLACES.get(Places.DEPOT), PLACES.get("VIL"), DAY.atTime(10, 0));
        var loaded = MATRIX.seconds(PLACES.get("VIL"), PLACES.get("AQC"), DAY.atTime(11, 0));
        verifier.verifyThat(DispatchConstraints::driving).givenSolution(day(List.of(car), List.of(ride))).penalizesBy(empty + loaded);
        verifier.verifyThat(DispatchConstraints::empty).givenSolution(day(List.of(car), List.of(ride)))
                .penalizesBy((int) Math.round(MATRIX.kilometres(PLACES.get(Places.DEPOT), PLACES.get("VIL")) * 1000));
    }

    /** A day of 400 requests and 60 cars: the solved plan passes the independent replay and serves more on time than the baseline. */
    @Test
    void aSolvedDayPassesTheIndependentCheckAndBeatsTheNearestCar() {
        var baseline = SyntheticDay.of(PLACES, MATRIX, DAY, 400, 60, 7, 80);
        NearestCar.dispatch(baseline, false);
        var greedy = DispatchCheck.check(baseline);

        var solved = new DispatchPlanner(Duration.ofSeconds(2), Duration.ofSeconds(8)).plan(SyntheticDay.of(PLACES, MATRIX, DAY, 400, 60, 7, 80));
        var check = DispatchCheck.check(solved.plan());
        assertThat(check.breaches()).isEmpty();
        assertThat(solved.outcome().score().hardScore()).isZero();
        assertThat(solved.outcome().score().mediumScore()).isEqualTo(-(check.requests() - check.served()));
        assertThat(check.onTime()).isGreaterThan(greedy.onTime());
        // The baseline's late pick-ups are real breaches the same check finds.
        assertThat(greedy.breaches()).extracting(DispatchCheck.Breach::rule).contains(DispatchConstraints.LATE);
    }

    /** The check is not a mirror of the solver: a plan made late by hand is caught. */
    @Test
    void theIndependentCheckCatchesALatePlan() {
        var car = car("C1", 4, false, 8, 18);
        var first = ride(1, "VIL", "BCY", DAY.atTime(8, 0), 1, false);
        var second = ride(2, "VIL", "STA", DAY.atTime(8, 0), 1, false);
        car.getRides().addAll(List.of(first, second));
        assertThat(DispatchCheck.check(day(List.of(car), List.of(first, second))).breaches())
                .extracting(DispatchCheck.Breach::ride).containsExactly(2L);
    }

    @Test
    void ridesUnderWayStayOnTheirCarsWhenTheDayIsReplanned() {
        var dispatch = SyntheticDay.of(PLACES, MATRIX, DAY, 200, 30, 3, 80);
        NearestCar.dispatch(dispatch, true);
        var started = new java.util.HashMap<String, List<Long>>();
        for (var car : dispatch.getCars()) {
            var count = Math.min(2, car.getRides().size());
            car.setStarted(count);
            started.put(car.getCode(), car.getRides().subList(0, count).stream().map(Ride::getId).toList());
        }
        var solved = new DispatchPlanner(Duration.ofSeconds(1), Duration.ofSeconds(3)).plan(dispatch);
        for (var car : solved.plan().getCars()) {
            assertThat(car.getRides().stream().limit(started.get(car.getCode()).size()).map(Ride::getId).toList())
                    .isEqualTo(started.get(car.getCode()));
        }
    }
}

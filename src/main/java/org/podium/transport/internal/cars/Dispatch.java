package org.podium.transport.internal.cars;

import java.util.List;

import org.jspecify.annotations.Nullable;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;

/** One day's car pool: the cars with their drivers' shifts and the ride requests to serve. */
@PlanningSolution
public class Dispatch {

    @PlanningEntityCollectionProperty
    private List<Car> cars;
    @PlanningEntityCollectionProperty
    @ValueRangeProvider
    private List<Ride> rides;
    @PlanningScore
    private @Nullable HardMediumSoftScore score;

    @SuppressWarnings("NullAway.Init")
    Dispatch() {
    }

    public Dispatch(List<Car> cars, List<Ride> rides) {
        this.cars = cars;
        this.rides = rides;
    }

    public List<Car> getCars() {
        return cars;
    }

    public List<Ride> getRides() {
        return rides;
    }

    public @Nullable HardMediumSoftScore getScore() {
        return score;
    }

    public void setScore(@Nullable HardMediumSoftScore score) {
        this.score = score;
    }
}

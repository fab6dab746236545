package org.podium.transport.internal.cars;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.podium.transport.internal.Place;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPinToIndex;
import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningListVariable;

/**
 * A pool car with its driver's shift for the day: where it is free from, when, until when, and
 * the rides it will drive in order. The rides already under way (picked up) are pinned: a
 * re-plan leaves them, and those before them, where they are.
 */
@PlanningEntity
public class Car {

    @PlanningId
    private String code;
    private int seats;
    private boolean accessible;
    private Place start;
    private LocalDateTime available;
    private LocalDateTime shiftEnd;
    @PlanningListVariable(allowsUnassignedValues = true)
    private List<Ride> rides = new ArrayList<>();
    @PlanningPinToIndex
    private int started;

    @SuppressWarnings("NullAway.Init")
    Car() {
    }

    public Car(String code, int seats, boolean accessible, Place start, LocalDateTime available, LocalDateTime shiftEnd) {
        this.code = code;
        this.seats = seats;
        this.accessible = accessible;
        this.start = start;
        this.available = available;
        this.shiftEnd = shiftEnd;
    }

    public String getCode() {
        return code;
    }

    public int getSeats() {
        return seats;
    }

    public boolean isAccessible() {
        return accessible;
    }

    public Place getStart() {
        return start;
    }

    public LocalDateTime getAvailable() {
        return available;
    }

    public LocalDateTime getShiftEnd() {
        return shiftEnd;
    }

    public List<Ride> getRides() {
        return rides;
    }

    public void setRides(List<Ride> rides) {
        this.rides = rides;
    }

    public int getStarted() {
        return started;
    }

    /** Pins the first {@code started} rides: they are under way or done. */
    public void setStarted(int started) {
        this.started = started;
    }

    @Override
    public String toString() {
        return code;
    }
}

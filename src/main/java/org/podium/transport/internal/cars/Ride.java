package org.podium.transport.internal.cars;

import java.time.Duration;
import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;
import org.podium.transport.internal.Place;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.variable.InverseRelationShadowVariable;
import ai.timefold.solver.core.api.domain.variable.PreviousElementShadowVariable;
import ai.timefold.solver.core.api.domain.variable.ShadowSources;
import ai.timefold.solver.core.api.domain.variable.ShadowVariable;

/**
 * A car request: pick up {@code passengers} at {@code from} between {@code earliest} and
 * {@code latest}, drive them to {@code to}. One booking per car at a time (a delegation travels
 * together; a shared T2 car is one booking of several). The car's arrival at the pick-up follows
 * from the ride before it: the car leaves that ride's drop-off and drives here empty.
 */
@PlanningEntity
public class Ride {

    @PlanningId
    private long id;
    private Place from;
    private Place to;
    private LocalDateTime earliest;
    private LocalDateTime latest;
    private int passengers;
    private boolean needsAccessible;
    private TravelMatrix matrix;

    @InverseRelationShadowVariable(sourceVariableName = "rides")
    private @Nullable Car car;
    @PreviousElementShadowVariable(sourceVariableName = "rides")
    private @Nullable Ride previous;
    @ShadowVariable(supplierName = "arrivalSupplier")
    private @Nullable LocalDateTime arrival;

    @SuppressWarnings("NullAway.Init")
    Ride() {
    }

    public Ride(long id, Place from, Place to, LocalDateTime earliest, LocalDateTime latest, int passengers, boolean needsAccessible,
                TravelMatrix matrix) {
        if (latest.isBefore(earliest) || passengers < 1) {
            throw new IllegalArgumentException("A ride's window ends after it starts and carries at least one passenger");
        }
        this.id = id;
        this.from = from;
        this.to = to;
        this.earliest = earliest;
        this.latest = latest;
        this.passengers = passengers;
        this.needsAccessible = needsAccessible;
        this.matrix = matrix;
    }

    @ShadowSources({ "car", "previous.arrival" })
    public @Nullable LocalDateTime arrivalSupplier() {
        if (car == null) {
            return null;
        }
        if (previous == null) {
            return car.getAvailable().plusSeconds(matrix.seconds(car.getStart(), from, car.getAvailable()));
        }
        var leaves = previous.dropOff();
        return leaves == null ? null : leaves.plusSeconds(matrix.seconds(previous.to, from, leaves));
    }

    /** When the passengers are picked up: the car waits for the window to open. */
    public @Nullable LocalDateTime pickUp() {
        return arrival == null ? null : arrival.isBefore(earliest) ? earliest : arrival;
    }

    public @Nullable LocalDateTime dropOff() {
        var pickUp = pickUp();
        return pickUp == null ? null : pickUp.plusSeconds(matrix.seconds(from, to, pickUp));
    }

    /** Minutes after the window closed (0 when on time), rounded up. */
    public long lateMinutes() {
        var pickUp = pickUp();
        return pickUp == null || !pickUp.isAfter(latest) ? 0 : (Duration.between(latest, pickUp).toSeconds() + 59) / 60;
    }

    /** Where the car comes from to pick up: the previous drop-off or its start. */
    public Place comesFrom() {
        return previous != null ? previous.to : car != null ? car.getStart() : from;
    }

    /** Seconds driven for this ride: empty to the pick-up, then with the passengers. */
    public long drivingSeconds() {
        var pickUp = pickUp();
        if (car == null || pickUp == null || arrival == null) {
            return 0;
        }
        var empty = matrix.seconds(comesFrom(), from, previous != null && previous.dropOff() != null ? previous.dropOff() : car.getAvailable());
        return empty + matrix.seconds(from, to, pickUp);
    }

    public long emptyMetres() {
        return car == null ? 0 : Math.round(matrix.kilometres(comesFrom(), from) * 1000);
    }

    /** Minutes the drop-off falls after the driver's shift ends. */
    public long overtimeMinutes() {
        var dropOff = dropOff();
        return car == null || dropOff == null || !dropOff.isAfter(car.getShiftEnd()) ? 0
                : (Duration.between(car.getShiftEnd(), dropOff).toSeconds() + 59) / 60;
    }

    public long getId() {
        return id;
    }

    public Place getFrom() {
        return from;
    }

    public Place getTo() {
        return to;
    }

    public LocalDateTime getEarliest() {
        return earliest;
    }

    public LocalDateTime getLatest() {
        return latest;
    }

    public int getPassengers() {
        return passengers;
    }

    public boolean isNeedsAccessible() {
        return needsAccessible;
    }

    public TravelMatrix getMatrix() {
        return matrix;
    }

    public @Nullable Car getCar() {
        return car;
    }

    public void setCar(@Nullable Car car) {
        this.car = car;
    }

    public @Nullable Ride getPrevious() {
        return previous;
    }

    public void setPrevious(@Nullable Ride previous) {
        this.previous = previous;
    }

    public @Nullable LocalDateTime getArrival() {
        return arrival;
    }

    public void setArrival(@Nullable LocalDateTime arrival) {
        this.arrival = arrival;
    }

    @Override
    public String toString() {
        return "R" + id + " " + from.code() + ">" + to.code() + " " + earliest.toLocalTime() + "-" + latest.toLocalTime();
    }
}

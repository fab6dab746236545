package org.podium.workforce.internal.roster;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.podium.platform.WorkingTime;
import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/**
 * One position on one shift (a venue, a functional area, a start and an end in Paris local time),
 * to be filled by one volunteer. Shifts never cross midnight, so a shift's day is its start's.
 * A published shift is pinned: the solver leaves its volunteer alone.
 *
 * <p>{@code candidates} is the shift's own value range: the volunteers of its venue who could take
 * it at all (skill, language, age, available that day). The hard constraints still check those
 * rules, for pinned and hand-made assignments, but the solver never wastes moves on them.
 */
@PlanningEntity
public class Shift implements WorkingTime.Stint {

    @PlanningId
    private long id;
    private String venue;
    private String area;
    private LocalDateTime start;
    private LocalDateTime end;
    private @Nullable String language;
    private int minimumAge;
    private List<Volunteer> candidates;
    @PlanningPin
    private boolean published;
    @PlanningVariable(valueRangeProviderRefs = "candidates", allowsUnassigned = true)
    private @Nullable Volunteer volunteer;

    // Cached: the constraints read them millions of times.
    private LocalDate day;
    private int week;
    private int minutes;

    /** For Timefold's cloner. */
    @SuppressWarnings("NullAway.Init")
    Shift() {
    }

    public Shift(long id, String venue, String area, LocalDateTime start, LocalDateTime end, @Nullable String language,
                 int minimumAge, List<Volunteer> candidates) {
        if (!end.isAfter(start) || !end.toLocalDate().equals(start.toLocalDate()) && !end.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
            throw new IllegalArgumentException("A shift ends after it starts, on the same day: " + start + " - " + end);
        }
        this.id = id;
        this.venue = venue;
        this.area = area;
        this.start = start;
        this.end = end;
        this.language = language;
        this.minimumAge = minimumAge;
        this.candidates = candidates;
        this.day = start.toLocalDate();
        this.week = WorkingTime.weekOf(day);
        this.minutes = (int) ChronoUnit.MINUTES.between(start, end);
    }

    /** This shift as a fixed fact of another problem (the day before a week, held by {@code volunteer}). */
    public Shift pinnedCopy(@Nullable Volunteer holder) {
        var copy = new Shift(id, venue, area, start, end, language, minimumAge, holder == null ? List.of() : List.of(holder));
        copy.volunteer = holder;
        copy.published = true;
        return copy;
    }

    @ValueRangeProvider(id = "candidates")
    public List<Volunteer> getCandidates() {
        return candidates;
    }

    public void setCandidates(List<Volunteer> candidates) {
        this.candidates = candidates;
    }

    public long getId() {
        return id;
    }

    public String getVenue() {
        return venue;
    }

    public String getArea() {
        return area;
    }

    public LocalDateTime getStart() {
        return start;
    }

    public LocalDateTime getEnd() {
        return end;
    }

    /** When a volunteer who ends this shift may start the next one. */
    public LocalDateTime restUntil() {
        return end.plusHours(WorkingTime.MIN_REST_HOURS);
    }

    @Override
    public LocalDateTime start() {
        return start;
    }

    @Override
    public LocalDateTime end() {
        return end;
    }

    @Override
    public LocalDate day() {
        return day;
    }

    @Override
    public int minutes() {
        return minutes;
    }

    /** The ISO week with its year, as {@link WorkingTime#weekOf} numbers it. */
    @Override
    public int week() {
        return week;
    }

    public @Nullable String getLanguage() {
        return language;
    }

    public int getMinimumAge() {
        return minimumAge;
    }

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }

    public @Nullable Volunteer getVolunteer() {
        return volunteer;
    }

    public void setVolunteer(@Nullable Volunteer volunteer) {
        this.volunteer = volunteer;
    }

    public LocalDate getDay() {
        return day;
    }

    public int getWeek() {
        return week;
    }

    public int getMinutes() {
        return minutes;
    }

    public boolean overlaps(Shift other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    @Override
    public String toString() {
        return venue + "/" + area + " " + start + "-" + end.toLocalTime() + " " + volunteer;
    }
}

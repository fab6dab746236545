package org.podium.catering.internal.menu;

import java.time.LocalTime;

/** The village restaurant's service periods (it never closes: the night service runs to breakfast). */
public enum MealPeriod {
    BREAKFAST(LocalTime.of(5, 0)), LUNCH(LocalTime.of(11, 0)), DINNER(LocalTime.of(17, 0)), NIGHT(LocalTime.of(22, 0));

    private final LocalTime starts;

    MealPeriod(LocalTime starts) {
        this.starts = starts;
    }

    public LocalTime starts() {
        return starts;
    }

    public static MealPeriod at(LocalTime time) {
        if (time.isBefore(BREAKFAST.starts)) {
            return NIGHT;
        }
        var found = BREAKFAST;
        for (var period : values()) {
            if (!time.isBefore(period.starts)) {
                found = period;
            }
        }
        return found;
    }
}

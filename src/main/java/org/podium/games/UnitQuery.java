package org.podium.games;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** Filters on the schedule; a null filter matches everything. */
public record UnitQuery(@Nullable LocalDate day, @Nullable String discipline, @Nullable String venue,
                        @Nullable String event, boolean medalOnly) {

    public static UnitQuery all() {
        return new UnitQuery(null, null, null, null, false);
    }
}

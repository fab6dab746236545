package org.podium.games;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A scheduled competition unit (heat, bout, match, final) as the programme states it.
 *
 * @param medal 0 for none, 1 for the unit deciding gold, 3 for a unit deciding bronze
 * @param day   the competition day the programme files it under (a unit past midnight keeps its day)
 */
public record Unit(String code, String eventCode, String eventName, String disciplineCode, String name,
                   String gender, Instant startsAt, @Nullable Instant endsAt, LocalDate day, String status,
                   int medal, @Nullable String siteCode, @Nullable String venueTag, @Nullable String venueName,
                   @Nullable String locationName, @Nullable String sessionCode) {

    public boolean cancelled() {
        return "CANCELLED".equals(status);
    }

    /**
     * The unit's state as the Games clock sees it: the programme carries the official status of the
     * day it was published (every unit of the Paris data says FINISHED), so a unit the clock has not
     * reached is SCHEDULED, one under way RUNNING, one past its end FINISHED. A cancellation or a
     * postponement stands whatever the clock says.
     */
    public String stateAt(Instant gamesNow) {
        if (!"FINISHED".equals(status) && !"SCHEDULED".equals(status) && !"RUNNING".equals(status)) {
            return status;
        }
        if (gamesNow.isBefore(startsAt)) {
            return "SCHEDULED";
        }
        return liveAt(gamesNow) ? "RUNNING" : "FINISHED";
    }

    /** Live at a Games instant: started and not yet finished (a unit without an end lasts an hour). */
    public boolean liveAt(Instant gamesNow) {
        var end = endsAt != null ? endsAt : startsAt.plusSeconds(3600);
        return !cancelled() && !startsAt.isAfter(gamesNow) && gamesNow.isBefore(end);
    }
}

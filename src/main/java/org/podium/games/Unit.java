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

    /** Live at a Games instant: started and not yet finished (a unit without an end lasts an hour). */
    public boolean liveAt(Instant gamesNow) {
        var end = endsAt != null ? endsAt : startsAt.plusSeconds(3600);
        return !cancelled() && !startsAt.isAfter(gamesNow) && gamesNow.isBefore(end);
    }
}

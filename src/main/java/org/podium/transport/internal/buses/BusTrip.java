package org.podium.transport.internal.buses;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One bus run of the athlete transport system between the village and a venue, for one session.
 *
 * @param serviceDay  the competition day the run belongs to (a run after midnight keeps its day, as GTFS wants)
 * @param outbound    village to venue (GTFS direction 0), else venue to village
 * @param disciplines the disciplines of the session it serves: whose team timetables show it
 */
public record BusTrip(String id, String venue, LocalDate serviceDay, boolean outbound, LocalDateTime departs, LocalDateTime arrives,
                      String session, List<String> disciplines) {

    public String from() {
        return outbound ? org.podium.transport.internal.Places.VILLAGE : venue;
    }

    public String to() {
        return outbound ? venue : org.podium.transport.internal.Places.VILLAGE;
    }

    public long minutes() {
        return java.time.Duration.between(departs, arrives).toMinutes();
    }
}

package org.podium.ticketing;

import java.util.LinkedHashMap;
import java.util.Map;

import org.podium.ticketing.internal.inventory.SeatPlanReader;
import org.springframework.stereotype.Service;

/** The seats of a session's venue per section, for those who plan the crowd (gates, stewards). */
@Service
public class SeatPlans {

    private final SeatPlanReader reader;

    SeatPlans(SeatPlanReader reader) {
        this.reader = reader;
    }

    /** Seats per section number (1, 2, ...) of the session's seat map; empty if the session is not sellable. */
    public Map<Integer, Integer> seatsPerSection(String session) {
        return new LinkedHashMap<>(reader.seatsPerSection(session));
    }
}

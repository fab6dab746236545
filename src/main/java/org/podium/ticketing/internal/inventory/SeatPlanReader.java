package org.podium.ticketing.internal.inventory;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/** Reads a session's seat map for the module's facade {@link org.podium.ticketing.SeatPlans}. */
@Component
public class SeatPlanReader {

    private final Inventories inventories;

    SeatPlanReader(Inventories inventories) {
        this.inventories = inventories;
    }

    public Map<Integer, Integer> seatsPerSection(String session) {
        var sections = new LinkedHashMap<Integer, Integer>();
        if (inventories.unsellableBecause(inventories.session(session)).isPresent()) {
            return sections;
        }
        var capacity = inventories.of(session).map().capacity();
        for (var section = 0; section * SeatMap.SEATS_PER_SECTION < capacity; section++) {
            sections.put(section + 1, Math.min(SeatMap.SEATS_PER_SECTION, capacity - section * SeatMap.SEATS_PER_SECTION));
        }
        return sections;
    }
}

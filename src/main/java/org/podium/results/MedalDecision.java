package org.podium.results;

import java.util.List;

/**
 * An administrator's decision on an event's medals: an award by hand where the data cannot decide
 * (the artistic gymnastics team and all-around finals) or a reallocation after OFFICIAL (a later
 * disqualification, a court ruling). The reason is required and kept in the audit trail.
 */
public record MedalDecision(List<Medallist> medallists, String reason) {
}

package org.podium.results;

/** A medal won in an event by a competitor (an athlete or a team, counted once). */
public record Medallist(String eventCode, Medal medal, String competitorCode, String competitorName, String noc,
                        String unitCode) {
}

package org.podium.results;

/** A NOC's line in the medal table; NOCs equal on gold, silver and bronze share the rank. */
public record MedalStanding(int rank, String noc, int gold, int silver, int bronze) {

    public int total() {
        return gold + silver + bronze;
    }
}

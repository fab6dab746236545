package org.podium.results;

import java.time.LocalDate;

/** Medals awarded on one competition day: the day the programme files the deciding unit under. */
public record MedalDay(LocalDate day, int gold, int silver, int bronze) {

    public int total() {
        return gold + silver + bronze;
    }
}

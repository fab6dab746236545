package org.podium.catering.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.podium.catering.internal.menu.MealPeriod;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The village restaurant's planning assumptions (docs/modules/catering.md), as configuration.
 *
 * @param villageOpens        first night residents sleep in the village
 * @param villageCloses       last day anyone is housed
 * @param arriveDaysBefore    athletes arrive this many days before their discipline's first unit
 * @param leaveDaysAfter      and leave this many days after its last
 * @param officialsPerAthlete team officials housed with each athlete
 * @param housedElsewhere     disciplines whose athletes live in another village or hotels (football, sailing, surfing)
 * @param mealsPerResident    the plan's meals per resident and period before any actual is known
 * @param lunchAwayShare      share of a competing athlete's lunch eaten at the venue instead
 * @param eveningToNightShare share of an evening competitor's dinner moved to the night service
 * @param seats               the restaurant's seats
 * @param learningRate        weight of the newest day in the exponential smoothing of actual / plan
 */
@ConfigurationProperties("podium.catering")
public record CateringProperties(LocalDate villageOpens, LocalDate villageCloses, int arriveDaysBefore, int leaveDaysAfter,
                                 double officialsPerAthlete, List<String> housedElsewhere, Map<MealPeriod, Double> mealsPerResident,
                                 double lunchAwayShare, double eveningToNightShare, int seats, double learningRate) {

    public CateringProperties {
        if (villageCloses.isBefore(villageOpens) || arriveDaysBefore < 0 || leaveDaysAfter < 0 || officialsPerAthlete < 0 || seats < 1
                || !(learningRate > 0 && learningRate <= 1) || mealsPerResident.size() != MealPeriod.values().length) {
            throw new IllegalArgumentException("podium.catering: dates in order, counts not negative, a meal rate for every period, "
                    + "learning rate in (0, 1]");
        }
        housedElsewhere = List.copyOf(housedElsewhere);
        mealsPerResident = Map.copyOf(mealsPerResident);
    }
}

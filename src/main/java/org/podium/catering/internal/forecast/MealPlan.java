package org.podium.catering.internal.forecast;

import java.util.EnumMap;
import java.util.Map;

import org.podium.catering.internal.CateringProperties;
import org.podium.catering.internal.VillagePopulation.Residents;
import org.podium.catering.internal.menu.MealPeriod;
import org.springframework.stereotype.Component;

/**
 * The plan's meals per period for a day's residents, before any actual is known: a rate per
 * resident and period; competing athletes eat part of their lunch at the venue, and evening
 * competitors move part of their dinner to the night service.
 */
@Component
public class MealPlan {

    private final CateringProperties properties;

    public MealPlan(CateringProperties properties) {
        this.properties = properties;
    }

    public Map<MealPeriod, Double> meals(Residents residents) {
        var rates = properties.mealsPerResident();
        var meals = new EnumMap<MealPeriod, Double>(MealPeriod.class);
        for (var period : MealPeriod.values()) {
            meals.put(period, residents.total() * rates.get(period));
        }
        meals.merge(MealPeriod.LUNCH, -residents.competing() * properties.lunchAwayShare() * rates.get(MealPeriod.LUNCH), Double::sum);
        var moved = residents.competingEvening() * properties.eveningToNightShare() * rates.get(MealPeriod.DINNER);
        meals.merge(MealPeriod.DINNER, -moved, Double::sum);
        meals.merge(MealPeriod.NIGHT, moved, Double::sum);
        return meals;
    }
}

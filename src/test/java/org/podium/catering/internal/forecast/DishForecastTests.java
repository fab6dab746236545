package org.podium.catering.internal.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** Exponential smoothing of actual / plan, by hand. */
class DishForecastTests {

    static final LocalDate D1 = LocalDate.of(2024, 7, 18);

    @Test
    void theCorrectionLearnsAPersistentBias() {
        var plan = new TreeMap<LocalDate, Double>(Map.of(D1, 100.0, D1.plusDays(1), 200.0, D1.plusDays(2), 400.0));
        var actual = new TreeMap<LocalDate, Double>(Map.of(D1, 150.0, D1.plusDays(1), 300.0));
        // Before any count: the plan. After 1.5 with a = 0.5: 1.25. After a second 1.5: 1.375.
        assertThat(DishForecast.correction(plan, actual, D1, 0.5)).isEqualTo(1.0);
        assertThat(DishForecast.correction(plan, actual, D1.plusDays(1), 0.5)).isCloseTo(1.25, within(1e-12));
        assertThat(DishForecast.correction(plan, actual, D1.plusDays(2), 0.5)).isCloseTo(1.375, within(1e-12));
    }

    @Test
    void mapeOverTheDaysWithBoth() {
        var forecast = Map.of(D1, 110.0, D1.plusDays(1), 90.0, D1.plusDays(2), 1.0);
        var actual = Map.of(D1, 100.0, D1.plusDays(1), 100.0);
        assertThat(DishForecast.mape(forecast, actual)).isCloseTo(0.10, within(1e-12));
    }
}

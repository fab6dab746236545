package org.podium.catering.internal.stock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Shortage alerts against lead times, computed by hand. */
class StockProjectionTests {

    static final LocalDate D1 = LocalDate.of(2024, 7, 18);
    final StockLine eggs = new StockLine("EGG", 1000, D1, 400, 2, 360, "coop");

    static Map<LocalDate, Double> every(LocalDate from, int days, double kg) {
        var map = new HashMap<LocalDate, Double>();
        for (var i = 0; i < days; i++) {
            map.put(from.plusDays(i), kg);
        }
        return map;
    }

    @Test
    void theAlertComesWithTheDayToOrderBy() {
        // Deliveries 500 a day; 600 used on the 18th and 19th, 700 forecast from the 20th: 1000 -> 900 -> 800 -> 600 -> 400 -> 200.
        var used = every(D1, 2, 600);
        var required = every(D1.plusDays(2), 10, 700);
        var deliveries = every(D1, 12, 500);
        var today = D1.plusDays(2);
        var closing = StockProjection.closing(eggs, today, today.plusDays(7), used, required, deliveries);
        assertThat(closing.get(D1.plusDays(1))).isEqualTo(800);
        assertThat(closing.get(D1.plusDays(4))).isEqualTo(200);
        var alert = StockProjection.alert(eggs, today, closing).orElseThrow();
        // Below 400 on the 22nd (closing 200); lead time 2 days: order by the 20th, today: in time.
        assertThat(alert.breachOn()).isEqualTo(D1.plusDays(4));
        assertThat(alert.orderBy()).isEqualTo(D1.plusDays(2));
        assertThat(alert.inTime()).isTrue();
        // Lowest closing on the horizon (the 27th): 800 - 200 x 8 = -800; back to 400 needs 1,200 kg: four packs of 360.
        assertThat(alert.suggestedKg()).isEqualTo(4 * 360);
        // A day later the same breach cannot be avoided by an order any more.
        var tomorrow = today.plusDays(1);
        var late = StockProjection.alert(eggs, tomorrow, StockProjection.closing(eggs, tomorrow, tomorrow.plusDays(7),
                every(D1, 3, 600), required, deliveries)).orElseThrow();
        assertThat(late.inTime()).isFalse();
    }

    @Test
    void noAlertWhileTheStockStaysAboveSafety() {
        var today = D1;
        var closing = StockProjection.closing(eggs, today, today.plusDays(7), Map.of(), every(D1, 8, 500), every(D1, 8, 500));
        assertThat(StockProjection.alert(eggs, today, closing)).isEmpty();
    }
}

package org.podium.ticketing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.podium.ticketing.PriceCategory;
import org.podium.ticketing.SeatKind;
import org.podium.ticketing.internal.inventory.SeatMap;

class SeatMapTests {

    private final SeatMap stadium = new SeatMap(77_083, 0.2, 0.1);

    @Test
    void seatIdentifiersNameSectionRowAndNumberAndReadBack() {
        assertThat(SeatMap.seatId(0)).isEqualTo("S01-R01-01");
        assertThat(SeatMap.seatId(1_000 + 25 * 11 + 4)).isEqualTo("S02-R12-05");
        IntStream.of(0, 24, 25, 999, 1_000, 77_082).forEach(seat -> assertThat(stadium.seatOf(SeatMap.seatId(seat))).isEqualTo(seat));
        assertThat(stadium.seatOf("S78-R40-25")).isEqualTo(-1); // beyond the capacity
        assertThat(stadium.seatOf("S01-R41-01")).isEqualTo(-1);
        assertThat(stadium.seatOf("nonsense")).isEqualTo(-1);
        assertThat(stadium.seatOf("S0x-R01-01")).isEqualTo(-1);
    }

    @Test
    void frontRowsAreTheBestCategory() {
        assertThat(SeatMap.categoryOfRow(1)).isEqualTo(PriceCategory.A);
        assertThat(SeatMap.categoryOfRow(9)).isEqualTo(PriceCategory.B);
        assertThat(SeatMap.categoryOfRow(21)).isEqualTo(PriceCategory.C);
        assertThat(SeatMap.categoryOfRow(40)).isEqualTo(PriceCategory.D);
    }

    @Test
    void partnersGetTwentyPercentAndDropsTenPercentOfEveryFullSection() {
        var map = new SeatMap(10_000, 0.2, 0.1);
        var partner = IntStream.range(0, 10_000).filter(s -> map.quota(s) == SeatMap.Quota.PARTNER).count();
        var heldBack = IntStream.range(0, 10_000).filter(s -> map.quota(s) == SeatMap.Quota.HELD_BACK).count();
        assertThat(partner).isEqualTo(2_000);
        assertThat(heldBack).isEqualTo(1_000);
    }

    @Test
    void everyWheelchairSpaceHasItsCompanionSeatBesideItOnTheAccessibleRow() {
        var spaces = IntStream.range(0, stadium.capacity()).filter(s -> stadium.kind(s) == SeatKind.WHEELCHAIR).toArray();
        // 77 full sections; the 78th has 83 seats, too few rows to reach the accessible row.
        assertThat(spaces.length).isEqualTo(77 * 12);
        for (var space : spaces) {
            assertThat(SeatMap.row(space)).isEqualTo(SeatMap.ACCESSIBLE_ROW);
            assertThat(stadium.kind(space + 1)).isEqualTo(SeatKind.COMPANION);
            assertThat(SeatMap.row(space + 1)).isEqualTo(SeatMap.row(space));
            assertThat(stadium.partnerOf(space + 1)).isEqualTo(space);
            assertThat(stadium.quota(space)).isEqualTo(SeatMap.Quota.PUBLIC);
        }
    }

    @Test
    void bestFirstOrderStartsInTheFrontRowOfEverySection() {
        var order = stadium.bestFirst(PriceCategory.A);
        assertThat(SeatMap.seatId(order[0])).isEqualTo("S01-R01-01");
        assertThat(SeatMap.seatId(order[25])).isEqualTo("S02-R01-01");
        assertThat(IntStream.of(order).allMatch(s -> stadium.category(s) == PriceCategory.A)).isTrue();
    }
}

package org.podium.ticketing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.podium.ticketing.PriceCategory;
import org.podium.ticketing.SeatKind;
import org.podium.ticketing.internal.inventory.SeatMap;
import org.podium.ticketing.internal.inventory.SessionInventory;

class SessionInventoryTests {

    private final SessionInventory inventory = new SessionInventory("ALX-20240731-1", new SeatMap(1_000, 0.2, 0.1));

    @Test
    void aGroupSitsTogetherInOneRowOfTheBestCategory() {
        var seats = inventory.holdBestAvailable(PriceCategory.A, 4);
        assertThat(seats).isNotNull();
        assertThat(Arrays.stream(seats).mapToObj(SeatMap::seatId)).containsExactly("S01-R01-01", "S01-R01-02", "S01-R01-03", "S01-R01-04");
    }

    @Test
    void whenNoRowHasTheGroupTogetherTheBestSeatsAreGivenApart() {
        // Take every other seat of category A so that no two free seats are side by side.
        var forSale = IntStream.of(inventory.map().bestFirst(PriceCategory.A))
                .filter(s -> inventory.state(s) == SessionInventory.FREE).toArray();
        var free = inventory.availability().free(PriceCategory.A);
        var taken = 0;
        for (var i = 0; i < forSale.length; i += 2) {
            assertThat(inventory.holdChosen(new int[] {forSale[i]})).isNotNull();
            taken++;
        }
        var seats = inventory.holdBestAvailable(PriceCategory.A, 2);
        assertThat(seats).isNotNull();
        assertThat(seats[1] - seats[0]).isGreaterThan(1);
        assertThat(inventory.availability().free(PriceCategory.A)).isEqualTo(free - taken - 2);
    }

    @Test
    void aWheelchairSpaceComesWithItsCompanionSeat() {
        var seats = inventory.holdWheelchair(PriceCategory.B, 1);
        assertThat(seats).hasSize(2);
        assertThat(inventory.map().kind(seats[0])).isEqualTo(SeatKind.WHEELCHAIR);
        assertThat(seats[1]).isEqualTo(seats[0] + 1);
        assertThat(inventory.map().kind(seats[1])).isEqualTo(SeatKind.COMPANION);
        assertThat(inventory.state(seats[1])).isEqualTo(SessionInventory.HELD);
    }

    @Test
    void releasedSeatsAreSoldAgainFirst() {
        var first = inventory.holdBestAvailable(PriceCategory.C, 2);
        inventory.holdBestAvailable(PriceCategory.C, 2);
        inventory.release(first);
        assertThat(inventory.holdBestAvailable(PriceCategory.C, 2)).containsExactly(first);
    }

    @Test
    void heldBackSeatsGoOnSaleOnlyWithADrop() {
        var before = inventory.availability();
        var released = inventory.releaseHeldBack();
        assertThat(released).isEqualTo(100);
        assertThat(inventory.availability().totalFree()).isEqualTo(before.totalFree() + 100);
        assertThat(inventory.releaseHeldBack()).isZero();
    }

    @Test
    void racingBuyersNeverGetTheSameSeatAndTakeExactlyWhatIsForSale() throws Exception {
        var forSale = inventory.availability().free(PriceCategory.D);
        var won = new ConcurrentLinkedQueue<Integer>();
        var refused = new AtomicInteger();
        try (var pool = Executors.newFixedThreadPool(16)) {
            for (var buyer = 0; buyer < 400; buyer++) {
                pool.submit(() -> {
                    while (true) {
                        var seats = inventory.holdBestAvailable(PriceCategory.D, 1 + (int) (Math.random() * 3));
                        if (seats == null) {
                            if (inventory.availability().free(PriceCategory.D) == 0) {
                                refused.incrementAndGet();
                                return;
                            }
                            continue;
                        }
                        Arrays.stream(seats).forEach(won::add);
                        inventory.sell(seats);
                    }
                });
            }
        }
        assertThat(won).doesNotHaveDuplicates();
        // Wheelchair spaces and companions are left to those who ask for them; every other D seat went.
        var accessible = (int) IntStream.of(inventory.map().bestFirst(PriceCategory.D))
                .filter(s -> inventory.map().kind(s) != SeatKind.STANDARD).count();
        assertThat(won).hasSize(forSale - 2 * accessible);
        assertThat(inventory.availability().sold()[PriceCategory.D.ordinal()]).isEqualTo(won.size());
        assertThat(refused.get()).isEqualTo(400);
    }
}

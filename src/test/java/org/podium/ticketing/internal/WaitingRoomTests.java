package org.podium.ticketing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.podium.ticketing.internal.sale.WaitingRoom;

class WaitingRoomTests {

    private final Instant opening = Instant.parse("2024-07-20T08:00:00Z");

    @Test
    void thoseWaitingBeforeOpeningAreDrawnAtOpeningAndLaterArrivalsJoinTheEnd() {
        var room = new WaitingRoom("STA-20240802-1", opening, 60, 7L);
        var early = IntStream.range(0, 100).mapToObj(i -> "early-" + i).toList();
        early.forEach(v -> room.join(v, opening.minusSeconds(600)));
        assertThat(room.place("early-0", opening.minusSeconds(1)).standing()).isEqualTo(WaitingRoom.Standing.WAITING_FOR_OPENING);

        room.join("late-1", opening.plusMillis(1));
        room.join("late-2", opening.plusMillis(2));

        var positions = new ArrayList<Long>();
        early.forEach(v -> positions.add(room.place(v, opening).position()));
        assertThat(positions).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 100).mapToObj(i -> (long) i).toList());
        assertThat(positions).isNotEqualTo(IntStream.rangeClosed(1, 100).mapToObj(i -> (long) i).toList()); // not arrival order
        assertThat(room.place("late-1", opening).position()).isEqualTo(101);
        assertThat(room.place("late-2", opening).position()).isEqualTo(102);
    }

    @Test
    void visitorsAreLetThroughAtTheConfiguredRate() {
        var room = new WaitingRoom("STA-20240802-1", opening, 60, 1L);
        IntStream.range(0, 200).forEach(i -> room.join("v" + i, opening.plusMillis(i)));
        var later = opening.plus(Duration.ofSeconds(90));
        assertThat(room.admitted(later)).isEqualTo(90);
        assertThat(room.admits("v89", later)).isTrue();
        assertThat(room.admits("v90", later)).isFalse();
        var place = room.place("v150", later);
        assertThat(place.position()).isEqualTo(61);
        assertThat(place.estimate()).isEqualTo(Duration.ofSeconds(61));
        assertThat(room.place("stranger", later).standing()).isEqualTo(WaitingRoom.Standing.NOT_IN_QUEUE);
    }

    @Test
    void joiningTwiceKeepsTheFirstPlace() {
        var room = new WaitingRoom("S", opening, 10, 1L);
        room.join("a", opening);
        room.join("b", opening);
        room.join("a", opening.plusSeconds(5));
        assertThat(room.place("a", opening).position()).isEqualTo(1);
        assertThat(room.size()).isEqualTo(2);
    }
}

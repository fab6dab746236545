package org.podium.ticketing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.podium.ticketing.internal.sale.SalesPhase;
import org.podium.ticketing.internal.sale.Draw;

class DrawTests {

    private final List<UUID> entries = IntStream.range(0, 50).mapToObj(i -> UUID.nameUUIDFromBytes(("fan" + i).getBytes())).toList();

    @Test
    void theSameSeedAndEntriesGiveTheSameOrderWhateverTheirArrivalOrder() {
        var shuffled = new ArrayList<>(entries);
        Collections.shuffle(shuffled);
        assertThat(Draw.order(shuffled, 42L)).isEqualTo(Draw.order(entries, 42L));
        assertThat(Draw.order(entries, 42L)).containsExactlyInAnyOrderElementsOf(entries);
        assertThat(Draw.order(entries, 43L)).isNotEqualTo(Draw.order(entries, 42L));
    }

    @Test
    void everyEntryIsEquallyLikelyToComeFirst() {
        // 20,000 draws of 50 entries: each should come first about 400 times. A chi-square test with
        // 49 degrees of freedom stays under 85 (p = 0.001) for a fair draw.
        var firsts = new int[50];
        var index = new java.util.HashMap<UUID, Integer>();
        for (var i = 0; i < entries.size(); i++) {
            index.put(entries.get(i), i);
        }
        var draws = 20_000;
        for (long seed = 0; seed < draws; seed++) {
            firsts[index.get(Draw.order(entries, seed * 7919 + 1).getFirst())]++;
        }
        var expected = draws / 50.0;
        var chiSquare = IntStream.of(firsts).mapToDouble(n -> (n - expected) * (n - expected) / expected).sum();
        assertThat(chiSquare).isLessThan(85);
    }

    @Test
    void slotsGoToGroupsOfFansInTurn() {
        var opens = java.time.Instant.parse("2023-02-15T09:00:00Z");
        var phase = new SalesPhase(1, "Draw", SalesPhase.Access.DRAW, false, 3, opens, opens.plusSeconds(86_400 * 30), null,
                opens.minusSeconds(86_400 * 10), opens.minusSeconds(86_400), 48, 2, 1440, 1L, opens);
        assertThat(phase.slotOf(0).startsAt()).isEqualTo(opens);
        assertThat(phase.slotOf(1).startsAt()).isEqualTo(opens);
        assertThat(phase.slotOf(2).startsAt()).isEqualTo(opens.plusSeconds(86_400));
        assertThat(phase.slotOf(2).endsAt()).isEqualTo(opens.plusSeconds(86_400 + 48 * 3600));
    }
}

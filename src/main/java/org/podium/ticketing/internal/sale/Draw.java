package org.podium.ticketing.internal.sale;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The draw's order: registrants sorted by account id, then shuffled by Fisher-Yates driven by
 * {@link java.util.Random} with the recorded seed. java.util.Random's generator is fixed by its
 * specification, so anyone holding the seed and the list of entries gets the same order on any
 * JVM: the draw can be audited after the fact.
 */
public final class Draw {

    private Draw() {
    }

    public static List<UUID> order(List<UUID> entries, long seed) {
        var order = new ArrayList<>(entries);
        order.sort(Comparator.comparing(UUID::toString));
        var random = new Random(seed);
        for (var i = order.size() - 1; i > 0; i--) {
            var j = random.nextInt(i + 1);
            var swap = order.get(i);
            order.set(i, order.get(j));
            order.set(j, swap);
        }
        return order;
    }
}

package org.podium.ticketing.internal.sale;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.podium.ticketing.PriceCategory;

/**
 * What a fan asks to hold: per session, either a quantity of the best available seats of a
 * category, a number of wheelchair spaces (each with its companion seat), or seats picked on
 * the map by identifier.
 */
public record HoldRequest(List<Item> items) {

    public record Item(String session, @Nullable PriceCategory category, @Nullable Integer quantity,
                       @Nullable Integer wheelchairSpaces, @Nullable List<String> seats) {

        int quantityOrZero() {
            return quantity == null ? 0 : quantity;
        }

        int wheelchairSpacesOrZero() {
            return wheelchairSpaces == null ? 0 : wheelchairSpaces;
        }
    }
}

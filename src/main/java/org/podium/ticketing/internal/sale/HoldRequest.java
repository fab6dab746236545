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

    /** At least one item, each an item naming a session: refused with the field before anything else reads the request. */
    public void checkShape() {
        if (items == null || items.isEmpty()) {
            throw new org.podium.ticketing.internal.SaleRefused(org.podium.ticketing.internal.SaleRefused.Kind.MALFORMED,
                    "holdItems");
        }
        for (var i = 0; i < items.size(); i++) {
            var item = items.get(i);
            if (item == null || item.session() == null || item.session().isBlank()) {
                throw new org.podium.ticketing.internal.SaleRefused(org.podium.ticketing.internal.SaleRefused.Kind.MALFORMED,
                        "itemSession", i);
            }
        }
    }

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

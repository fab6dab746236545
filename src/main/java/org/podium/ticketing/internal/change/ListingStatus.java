package org.podium.ticketing.internal.change;

/**
 * A resale listing: on sale, reserved while a buyer pays, sold, or withdrawn (by its seller, or
 * because the ticket's order was refunded). A reserved listing goes back on sale only if its
 * buyer's payment fails while it is still reserved.
 */
public enum ListingStatus {
    LISTED, RESERVED, SOLD, WITHDRAWN;

    boolean canBecome(ListingStatus next) {
        return switch (this) {
            case LISTED -> next == RESERVED || next == WITHDRAWN;
            case RESERVED -> next == LISTED || next == SOLD || next == WITHDRAWN;
            case SOLD, WITHDRAWN -> false;
        };
    }
}

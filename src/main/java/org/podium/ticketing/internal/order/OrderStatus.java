package org.podium.ticketing.internal.order;

import java.util.EnumSet;
import java.util.Set;
import org.podium.ticketing.internal.SaleRefused;

/**
 * The life of an order, with every allowed step in one place. A pending order is paid, declined
 * or expires; an expired one may still be paid if its seats are free (a late confirmation) or is
 * refunded; a paid one may be refunded by a ticketing manager. Money that arrives for an order
 * that cannot keep its seats is LATE_REFUNDED.
 */
public enum OrderStatus {
    PENDING_PAYMENT, PAID, DECLINED, EXPIRED, REFUNDED, LATE_REFUNDED;

    private Set<OrderStatus> next() {
        return switch (this) {
            case PENDING_PAYMENT -> EnumSet.of(PAID, DECLINED, EXPIRED, LATE_REFUNDED);
            case EXPIRED -> EnumSet.of(PAID, LATE_REFUNDED);
            case PAID -> EnumSet.of(REFUNDED);
            case DECLINED, REFUNDED, LATE_REFUNDED -> EnumSet.noneOf(OrderStatus.class);
        };
    }

    public boolean canBecome(OrderStatus next) {
        return next().contains(next);
    }

    /** This status's step to {@code next}, or the refusal (a 409) naming both. */
    public OrderStatus mustBecome(OrderStatus next, Object order) {
        if (!canBecome(next)) {
            throw new SaleRefused(SaleRefused.Kind.CONFLICT,
                    java.util.Map.of("status", name(), "refusedStatus", next.name()), "orderStatus", order, this, next);
        }
        return next;
    }
}

package org.podium.ticketing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.podium.ticketing.internal.order.OrderStatus.*;

import org.junit.jupiter.api.Test;
import org.podium.ticketing.internal.order.OrderStatus;

/** An order's allowed steps, in one place. */
class OrderStatusTests {

    @Test
    void aPendingOrderIsPaidDeclinedExpiredOrRefundedLate() {
        assertThat(PENDING_PAYMENT.canBecome(PAID)).isTrue();
        assertThat(PENDING_PAYMENT.canBecome(DECLINED)).isTrue();
        assertThat(PENDING_PAYMENT.canBecome(EXPIRED)).isTrue();
        assertThat(PENDING_PAYMENT.canBecome(REFUNDED)).as("only a paid order is refunded").isFalse();
    }

    @Test
    void anExpiredOrderMayStillBePaidWhenItsSeatsAreFree() {
        assertThat(EXPIRED.canBecome(PAID)).isTrue();
        assertThat(EXPIRED.canBecome(LATE_REFUNDED)).isTrue();
    }

    @Test
    void refundedAndDeclinedOrdersAreFinal() {
        for (var next : OrderStatus.values()) {
            assertThat(REFUNDED.canBecome(next)).isFalse();
            assertThat(DECLINED.canBecome(next)).isFalse();
            assertThat(LATE_REFUNDED.canBecome(next)).isFalse();
        }
    }

    @Test
    void anIllegalStepIsAConflictNamingBothStatuses() {
        assertThatThrownBy(() -> REFUNDED.mustBecome(PAID, "o-1"))
                .isInstanceOfSatisfying(SaleRefused.class, e -> {
                    assertThat(e.kind().status).isEqualTo(409);
                    assertThat(e.getMessage()).isEqualTo("Order o-1 is REFUNDED; it cannot become PAID");
                });
    }
}

package org.podium.finance.internal.payables;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.podium.finance.internal.payables.ThreeWayMatch.Outcome;

/** The cases an accounts-payable clerk meets, with the tolerances of application.yml (price 2 %, quantity 0). */
class ThreeWayMatchTests {

    static final ThreeWayMatch.Tolerances TOLERANCES = new ThreeWayMatch.Tolerances(new BigDecimal("2"), BigDecimal.ZERO);

    /** 100 crates ordered at EUR 12.00, {@code received} received, {@code invoiced} invoiced at {@code price}. */
    static Outcome crates(String received, String before, String invoiced, String price) {
        var line = new ThreeWayMatch.Line(1, new BigDecimal("100"), new BigDecimal("12.00"), new BigDecimal(received), new BigDecimal(before),
                new BigDecimal(invoiced), new BigDecimal(price));
        return ThreeWayMatch.match(List.of(line), TOLERANCES).outcome();
    }

    @Test
    void withinTolerance() {
        assertThat(crates("100", "0", "100", "12.00")).isEqualTo(Outcome.MATCHED);
        assertThat(crates("100", "0", "100", "12.24")).as("2 % over, the limit").isEqualTo(Outcome.MATCHED);
        assertThat(crates("100", "0", "100", "11.50")).as("a lower price is paid as invoiced").isEqualTo(Outcome.MATCHED);
        assertThat(crates("60", "0", "60", "12.00")).as("a partial delivery invoiced as delivered").isEqualTo(Outcome.MATCHED);
    }

    @Test
    void priceVariance() {
        assertThat(crates("100", "0", "100", "12.25")).isEqualTo(Outcome.PRICE_VARIANCE);
    }

    @Test
    void quantityVariance() {
        assertThat(crates("60", "0", "100", "12.00")).as("invoiced more than received").isEqualTo(Outcome.QUANTITY_VARIANCE);
        assertThat(crates("100", "60", "60", "12.00")).as("a second invoice for crates already invoiced").isEqualTo(Outcome.QUANTITY_VARIANCE);
        var lenient = new ThreeWayMatch.Tolerances(new BigDecimal("2"), new BigDecimal("5"));
        var line = new ThreeWayMatch.Line(1, new BigDecimal("100"), new BigDecimal("12.00"), new BigDecimal("100"), BigDecimal.ZERO,
                new BigDecimal("105"), new BigDecimal("12.00"));
        assertThat(ThreeWayMatch.match(List.of(line), lenient).outcome()).isEqualTo(Outcome.MATCHED);
    }

    @Test
    void noReceipt() {
        assertThat(crates("0", "0", "100", "12.00")).isEqualTo(Outcome.NO_RECEIPT);
    }

    @Test
    void anInvoiceIsAsBadAsItsWorstLine() {
        var good = new ThreeWayMatch.Line(1, BigDecimal.TEN, BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.TEN, BigDecimal.ONE);
        var dear = new ThreeWayMatch.Line(2, BigDecimal.TEN, BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.TEN, new BigDecimal("1.5"));
        var result = ThreeWayMatch.match(List.of(good, dear), TOLERANCES);
        assertThat(result.outcome()).isEqualTo(Outcome.PRICE_VARIANCE);
        assertThat(result.lines()).extracting(ThreeWayMatch.LineResult::outcome).containsExactly(Outcome.MATCHED, Outcome.PRICE_VARIANCE);
    }
}

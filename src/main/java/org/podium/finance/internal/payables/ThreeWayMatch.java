package org.podium.finance.internal.payables;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The three-way match of an invoice: for each line, the order (quantity and price), what was
 * received and what is invoiced must agree within tolerances before the invoice is approved for
 * payment. A price below the order's is accepted (the committee pays less); a price above it by
 * more than the tolerance is a price variance; invoicing more than was received (counting earlier
 * invoices on the line) is a quantity variance; nothing received at all is its own case.
 */
public final class ThreeWayMatch {

    /** Worst last: an invoice's outcome is its worst line's. */
    public enum Outcome { MATCHED, PRICE_VARIANCE, QUANTITY_VARIANCE, NO_RECEIPT }

    /** Tolerances in percent (podium.finance.match). */
    @ConfigurationProperties("podium.finance.match")
    public record Tolerances(BigDecimal pricePercent, BigDecimal quantityPercent) {
        public Tolerances {
            pricePercent = pricePercent == null ? new BigDecimal("2") : pricePercent;
            quantityPercent = quantityPercent == null ? BigDecimal.ZERO : quantityPercent;
            if (pricePercent.signum() < 0 || quantityPercent.signum() < 0) {
                throw new IllegalArgumentException("podium.finance.match: tolerances are not negative");
            }
        }
    }

    /** One invoice line beside its order line: ordered, received, invoiced before and now. */
    public record Line(int position, BigDecimal ordered, BigDecimal orderPrice, BigDecimal received, BigDecimal invoicedBefore,
                       BigDecimal invoiced, BigDecimal invoicePrice) {}

    public record LineResult(int position, Outcome outcome) {}

    public record Result(Outcome outcome, List<LineResult> lines) {}

    private ThreeWayMatch() {
    }

    public static Result match(List<Line> lines, Tolerances tolerances) {
        var results = lines.stream().map(l -> new LineResult(l.position(), match(l, tolerances))).toList();
        var worst = results.stream().map(LineResult::outcome).max(Comparator.naturalOrder()).orElse(Outcome.NO_RECEIPT);
        return new Result(worst, results);
    }

    static Outcome match(Line line, Tolerances tolerances) {
        if (line.received().signum() == 0) {
            return Outcome.NO_RECEIPT;
        }
        var receivedAllowed = line.received().multiply(factor(tolerances.quantityPercent()));
        if (line.invoicedBefore().add(line.invoiced()).compareTo(receivedAllowed) > 0) {
            return Outcome.QUANTITY_VARIANCE;
        }
        if (line.invoicePrice().compareTo(line.orderPrice().multiply(factor(tolerances.pricePercent()))) > 0) {
            return Outcome.PRICE_VARIANCE;
        }
        return Outcome.MATCHED;
    }

    private static BigDecimal factor(BigDecimal percent) {
        return BigDecimal.ONE.add(percent.movePointLeft(2));
    }
}

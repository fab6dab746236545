package org.podium.finance.internal.payables;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

import org.podium.finance.internal.FinanceProperties;
import org.podium.finance.internal.FinanceProperties.PaymentTermRule;

/**
 * French payment terms between companies (Code de commerce L441-10) and what a late payment costs
 * (L441-10 and D441-5): interest at the ECB's refinancing rate plus ten points, pro rata of the days
 * late over 365, and a fixed EUR 40 recovery indemnity per late invoice.
 */
@org.springframework.stereotype.Component
public final class PaymentTerms {

    /** What paying {@code daysLate} days late costs: the interest and the fixed indemnity. */
    public record LateCharges(long daysLate, BigDecimal interest, BigDecimal indemnity) {
        public BigDecimal total() {
            return interest.add(indemnity);
        }
    }

    private final FinanceProperties books;

    public PaymentTerms(FinanceProperties books) {
        this.books = books;
    }

    /**
     * The latest due date. "45 days end of month" is read as the administration reads it first:
     * 45 days from the invoice, then the end of that month.
     */
    public static LocalDate dueDate(LocalDate invoiced, PaymentTermRule rule) {
        return switch (rule) {
            case SIXTY_DAYS -> invoiced.plusDays(60);
            case FORTY_FIVE_DAYS_END_OF_MONTH -> invoiced.plusDays(45).with(TemporalAdjusters.lastDayOfMonth());
        };
    }

    public LocalDate dueDate(LocalDate invoiced) {
        return dueDate(invoiced, books.paymentTerm());
    }

    /** The charges owed on {@code amount} (tax included) due on {@code due} and paid on {@code paid}; none when on time. */
    public LateCharges lateCharges(BigDecimal amount, LocalDate due, LocalDate paid) {
        var days = Math.max(0, ChronoUnit.DAYS.between(due, paid));
        if (days == 0) {
            return new LateCharges(0, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2));
        }
        var rate = books.referenceRate().add(books.lateRatePoints());
        var interest = amount.multiply(rate).multiply(BigDecimal.valueOf(days))
                .divide(BigDecimal.valueOf(36_500), 2, RoundingMode.HALF_UP);
        return new LateCharges(days, interest, books.recoveryIndemnity().setScale(2, RoundingMode.UNNECESSARY));
    }
}

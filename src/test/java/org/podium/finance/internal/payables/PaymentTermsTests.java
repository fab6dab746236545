package org.podium.finance.internal.payables;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.podium.finance.internal.FinanceProperties.PaymentTermRule;

/** Due dates under Code de commerce L441-10 and the cost of paying late (L441-10, D441-5), worked by hand. */
class PaymentTermsTests {

    final PaymentTerms terms = new PaymentTerms(FinanceFixtures.books(PaymentTermRule.SIXTY_DAYS));

    @Test
    void sixtyDaysFromTheInvoiceOrFortyFiveDaysThenEndOfMonth() {
        assertThat(terms.dueDate(LocalDate.of(2024, 7, 15))).isEqualTo(LocalDate.of(2024, 9, 13));
        assertThat(PaymentTerms.dueDate(LocalDate.of(2024, 7, 15), PaymentTermRule.FORTY_FIVE_DAYS_END_OF_MONTH))
                .isEqualTo(LocalDate.of(2024, 8, 31));
        // 45 days from 20 July is 3 September: the end of September.
        assertThat(PaymentTerms.dueDate(LocalDate.of(2024, 7, 20), PaymentTermRule.FORTY_FIVE_DAYS_END_OF_MONTH))
                .isEqualTo(LocalDate.of(2024, 9, 30));
    }

    @Test
    void lateInterestIsTheReferenceRatePlusTenPointsProRataAndFortyEurosPerInvoice() {
        // EUR 10,000 paid 30 days late at 4.25 + 10 = 14.25 %: 10,000 x 14.25 % x 30 / 365 = 117.12.
        var late = terms.lateCharges(new BigDecimal("10000.00"), LocalDate.of(2024, 9, 13), LocalDate.of(2024, 10, 13));
        assertThat(late.daysLate()).isEqualTo(30);
        assertThat(late.interest()).isEqualByComparingTo("117.12");
        assertThat(late.indemnity()).isEqualByComparingTo("40.00");
        assertThat(late.total()).isEqualByComparingTo("157.12");
        var onTime = terms.lateCharges(new BigDecimal("10000.00"), LocalDate.of(2024, 9, 13), LocalDate.of(2024, 9, 13));
        assertThat(onTime.total()).isEqualByComparingTo("0");
        assertThat(terms.lateCharges(new BigDecimal("10000.00"), LocalDate.of(2024, 9, 13), LocalDate.of(2024, 9, 1)).daysLate()).isZero();
    }
}

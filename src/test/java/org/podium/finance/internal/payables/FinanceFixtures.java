package org.podium.finance.internal.payables;

import java.math.BigDecimal;

import org.podium.finance.internal.FinanceProperties;
import org.podium.finance.internal.FinanceProperties.PaymentTermRule;

/** The books as application.yml sets them for the demo, for tests without Spring. */
final class FinanceFixtures {

    private FinanceFixtures() {
    }

    static FinanceProperties books(PaymentTermRule rule) {
        return new FinanceProperties("Comité d'organisation des Jeux (démo)", "732829320", "FR14 2004 1010 0505 0001 3M02 606",
                "BDFEFRPPCCT", rule, new BigDecimal("4.25"), BigDecimal.TEN, new BigDecimal("40"));
    }
}

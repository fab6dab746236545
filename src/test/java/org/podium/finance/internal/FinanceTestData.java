package org.podium.finance.internal;

import java.util.concurrent.ThreadLocalRandom;

import org.podium.finance.internal.identifiers.Identifiers;

/** Identifiers no other test has used, valid under their checks. */
public final class FinanceTestData {

    private FinanceTestData() {
    }

    /** 13 random digits and the Luhn digit that makes a valid SIRET. */
    public static String newSiret() {
        var digits = new StringBuilder();
        for (var i = 0; i < 13; i++) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        for (var check = 0; check < 10; check++) {
            if (Identifiers.siret(digits + "" + check)) {
                return digits + "" + check;
            }
        }
        throw new IllegalStateException("one of ten check digits makes any number pass Luhn");
    }
}

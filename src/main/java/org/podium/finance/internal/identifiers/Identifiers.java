package org.podium.finance.internal.identifiers;

import java.math.BigInteger;
import java.util.Locale;

/**
 * The identifier checks of a supplier file: SIREN (9 digits) and SIRET (14 digits) by the Luhn
 * algorithm, the French VAT number ({@code FR} + key + SIREN, key = (12 + 3 x (SIREN mod 97))
 * mod 97), the IBAN (ISO 13616: the rearranged number mod 97 = 1) and the BIC (ISO 9362: 8 or 11
 * characters: bank, country, location, optional branch).
 */
public final class Identifiers {

    private Identifiers() {
    }

    public static boolean siren(String value) {
        var digits = compact(value);
        return digits.matches("\\d{9}") && luhn(digits);
    }

    public static boolean siret(String value) {
        var digits = compact(value);
        return digits.matches("\\d{14}") && luhn(digits);
    }

    /** A French intra-EU VAT number whose key matches its SIREN. */
    public static boolean frenchVat(String value) {
        var vat = compact(value).toUpperCase(Locale.ROOT);
        if (!vat.matches("FR\\d{11}") || !siren(vat.substring(4))) {
            return false;
        }
        var key = (12 + 3 * (Long.parseLong(vat.substring(4)) % 97)) % 97;
        return Integer.parseInt(vat.substring(2, 4)) == key;
    }

    public static boolean iban(String value) {
        var iban = compact(value).toUpperCase(Locale.ROOT);
        if (!iban.matches("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}") || iban.startsWith("FR") && iban.length() != 27) {
            return false;
        }
        var rearranged = iban.substring(4) + iban.substring(0, 4);
        var digits = new StringBuilder();
        for (var c : rearranged.toCharArray()) {
            digits.append(Character.digit(c, 36));
        }
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }

    public static boolean bic(String value) {
        return compact(value).toUpperCase(Locale.ROOT).matches("[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");
    }

    static boolean luhn(String digits) {
        var sum = 0;
        for (var i = 0; i < digits.length(); i++) {
            var d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    private static String compact(String value) {
        return value.replace(" ", "").replace("\u00a0", "");
    }
}

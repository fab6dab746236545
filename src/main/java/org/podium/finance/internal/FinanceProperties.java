package org.podium.finance.internal;

import java.math.BigDecimal;

import org.podium.finance.internal.identifiers.Identifiers;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The organisation's books as configuration (docs/modules/finance.md). The fiscal year is the
 * calendar year, as the committee's was.
 *
 * @param organisation     the debtor's name on payment files
 * @param siren            the organisation's SIREN, first part of the FEC's file name
 * @param iban             the account payments leave from
 * @param bic              its bank's BIC
 * @param paymentTerm      the agreed payment term (Code de commerce L441-10)
 * @param referenceRate    the ECB's main refinancing rate in force, in percent
 * @param lateRatePoints   points added to it for late payment interest (10 by default in law)
 * @param recoveryIndemnity the fixed indemnity per late invoice (D441-5: EUR 40)
 */
@ConfigurationProperties("podium.finance")
public record FinanceProperties(String organisation, String siren, String iban, String bic,
                                PaymentTermRule paymentTerm, BigDecimal referenceRate, BigDecimal lateRatePoints,
                                BigDecimal recoveryIndemnity) {

    /** The two terms the law allows as a maximum between companies. */
    public enum PaymentTermRule { SIXTY_DAYS, FORTY_FIVE_DAYS_END_OF_MONTH }

    public FinanceProperties {
        if (!Identifiers.siren(siren) || !Identifiers.iban(iban) || !Identifiers.bic(bic) || organisation.isBlank()) {
            throw new IllegalArgumentException("podium.finance: a name, a valid SIREN, IBAN and BIC are required");
        }
        if (referenceRate.signum() < 0 || lateRatePoints.signum() < 0 || recoveryIndemnity.signum() < 0) {
            throw new IllegalArgumentException("podium.finance: rates and indemnity are not negative");
        }
        iban = iban.replace(" ", "");
    }
}

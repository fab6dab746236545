package org.podium.finance.internal.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Published examples (the ISO 13616 and the EU's VAT examples) and their one-character corruptions. */
class IdentifiersTests {

    @Test
    void sirenAndSiret() {
        assertThat(Identifiers.siren("404 833 048")).isTrue();
        assertThat(Identifiers.siren("404 833 049")).isFalse();
        assertThat(Identifiers.siren("40483304")).isFalse();
        assertThat(Identifiers.siret("404 833 048 00022")).isTrue();
        assertThat(Identifiers.siret("404 833 048 00023")).isFalse();
    }

    @Test
    void frenchVatKeyFollowsTheSiren() {
        // The example the EU's VAT documentation uses: FR 83 404833048.
        assertThat(Identifiers.frenchVat("FR83404833048")).isTrue();
        assertThat(Identifiers.frenchVat("FR84404833048")).isFalse();
        assertThat(Identifiers.frenchVat("FR83404833049")).isFalse();
    }

    @Test
    void ibanByModulo97() {
        // ISO 13616's and the banks' published examples.
        assertThat(Identifiers.iban("FR14 2004 1010 0505 0001 3M02 606")).isTrue();
        assertThat(Identifiers.iban("GB82 WEST 1234 5698 7654 32")).isTrue();
        assertThat(Identifiers.iban("DE89 3704 0044 0532 0130 00")).isTrue();
        assertThat(Identifiers.iban("FR14 2004 1010 0505 0001 3M02 607")).isFalse();
        assertThat(Identifiers.iban("FR14 2004 1010 0505 0001 3M02")).isFalse();
    }

    @Test
    void bic() {
        assertThat(Identifiers.bic("BNPAFRPP")).isTrue();
        assertThat(Identifiers.bic("BNPAFRPPXXX")).isTrue();
        assertThat(Identifiers.bic("BNPAFRP")).isFalse();
        assertThat(Identifiers.bic("BNP1FRPP")).isFalse();
    }
}

package org.podium.finance.internal.payables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.Test;
import org.podium.finance.internal.FinanceProperties.PaymentTermRule;
import org.podium.finance.internal.payables.SepaCreditTransfer.Payment;
import org.xml.sax.SAXException;

/**
 * A payment run's pain.001 against the European Payments Council's schema, read by the JDK's own
 * validator (a fresh one, not the writer's), and the rules the schema cannot say.
 */
class SepaCreditTransferTests {

    final SepaCreditTransfer sepa = new SepaCreditTransfer(FinanceFixtures.books(PaymentTermRule.SIXTY_DAYS));
    static final OffsetDateTime CREATED = OffsetDateTime.of(2024, 9, 10, 16, 30, 0, 0, ZoneOffset.ofHours(2));

    static List<Payment> payments() {
        return List.of(
                new Payment("RUN7-F2024-0815", "Coopérative des œufs de Bretagne", "FR7630006000011234567890189", "AGRIFRPP", new BigDecimal("10550.00"),
                        "Facture F-2024-0815 du 15/07/2024"),
                new Payment("RUN7-F2024-0816", "Primeur Saint-Denis", "DE89370400440532013000", "", new BigDecimal("300.10"), "F-2024-0816"),
                new Payment("RUN7-F2024-0817", "Boulangerie Éclair", "FR1420041010050500013M02606", "BDFEFRPPCCT", new BigDecimal("0.01"), "F-2024-0817"));
    }

    static void validateWithTheEpcSchema(byte[] file) throws Exception {
        var factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        try (var xsd = SepaCreditTransferTests.class.getResourceAsStream("/finance/iso20022/pain.001.001.09-EPC132-08-2023-SCT-C2PSP.xsd")) {
            factory.newSchema(new StreamSource(xsd)).newValidator().validate(new StreamSource(new ByteArrayInputStream(file)));
        }
    }

    @Test
    void aRunsFileValidatesAgainstTheEpcSchemaAndItsTotalsAddUp() throws Exception {
        var file = sepa.file("PODIUM-RUN-7", LocalDate.of(2024, 9, 12), CREATED, payments());
        assertThatCode(() -> validateWithTheEpcSchema(file)).doesNotThrowAnyException();

        var document = DocumentBuilderFactory.newNSInstance().newDocumentBuilder().parse(new ByteArrayInputStream(file));
        var amounts = document.getElementsByTagNameNS(SepaCreditTransfer.NAMESPACE, "InstdAmt");
        var sum = BigDecimal.ZERO;
        for (var i = 0; i < amounts.getLength(); i++) {
            sum = sum.add(new BigDecimal(amounts.item(i).getTextContent()));
        }
        assertThat(amounts.getLength()).isEqualTo(3);
        assertThat(sum).isEqualByComparingTo("10850.11");
        var controlSums = document.getElementsByTagNameNS(SepaCreditTransfer.NAMESPACE, "CtrlSum");
        assertThat(controlSums.item(0).getTextContent()).isEqualTo("10850.11");
        assertThat(controlSums.item(1).getTextContent()).isEqualTo("10850.11");
        assertThat(document.getElementsByTagNameNS(SepaCreditTransfer.NAMESPACE, "NbOfTxs").item(0).getTextContent()).isEqualTo("3");
        var text = new String(file, StandardCharsets.UTF_8);
        // Names in the EPC's Latin character set; the debtor's account is the books' own.
        assertThat(text).contains("<Nm>Cooperative des oeufs de Bretagne</Nm>").contains("<IBAN>FR1420041010050500013M02606</IBAN>")
                .contains("<ReqdExctnDt><Dt>2024-09-12</Dt></ReqdExctnDt>");
    }

    @Test
    void theSchemaCatchesWhatABrokenWriterWouldProduce() throws Exception {
        var file = new String(sepa.file("PODIUM-RUN-8", LocalDate.of(2024, 9, 12), CREATED, payments()), StandardCharsets.UTF_8);
        for (var broken : List.of(file.replace("<PmtMtd>TRF</PmtMtd>", "<PmtMtd>CHK</PmtMtd>"),
                file.replace("Ccy=\"EUR\">300.10<", "Ccy=\"EUR\">300.105<"),
                file.replaceFirst("<Dbtr><Nm>[^<]*</Nm></Dbtr>", "<Dbtr></Dbtr>"),
                file.replace("<ChrgBr>SLEV</ChrgBr>", "<ChrgBr>SHAR</ChrgBr>"))) {
            assertThatThrownBy(() -> validateWithTheEpcSchema(broken.getBytes(StandardCharsets.UTF_8))).isInstanceOf(SAXException.class);
            assertThatThrownBy(() -> SepaCreditTransfer.validate(broken.getBytes(StandardCharsets.UTF_8)))
                    .hasMessageContaining("refused by the EPC schema");
        }
    }

    @Test
    void whatTheBankWouldRefuseIsRefusedBeforeTheFileIsWritten() {
        var bad = List.of(
                new Payment("A", "x", "FR7630006000011234567890188", "", new BigDecimal("1.00"), "bad IBAN check digits"),
                new Payment("A", "x", "FR7630006000011234567890189", "", new BigDecimal("1.00"), "same id"),
                new Payment("B", "x", "FR7630006000011234567890189", "", new BigDecimal("0.001"), "sub-cent"),
                new Payment("C", "x", "FR7630006000011234567890189", "", new BigDecimal("1000000000.00"), "too large"));
        assertThatThrownBy(() -> sepa.file("PODIUM-RUN-9", LocalDate.of(2024, 9, 12), CREATED, bad))
                .isInstanceOfSatisfying(SepaCreditTransfer.RunRefused.class, e -> assertThat(e.reasons()).containsExactly(
                        "finance.run.account:A", "finance.run.duplicateId:A", "finance.run.amount:B", "finance.run.amount:C"));
        assertThatThrownBy(() -> sepa.file("PODIUM-RUN-9", LocalDate.of(2024, 9, 12), CREATED, List.of()))
                .isInstanceOf(SepaCreditTransfer.RunRefused.class);
    }
}

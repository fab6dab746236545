package org.podium.finance.internal.payables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.podium.platform.FileRejected;
import org.springframework.core.io.ClassPathResource;

/**
 * The Factur-X reader on the FeRD's own sample (EN16931 "Einfach", as the Mustang project carries
 * it): every figure asserted here is the one written in the file's XML, not one of ours.
 */
class ElectronicInvoiceTests {

    static byte[] sample() throws Exception {
        return new ClassPathResource("finance/facturx/EN16931_Einfach.pdf").getContentAsByteArray();
    }

    @Test
    void readsTheInvoiceInsideTheSamplePdf() throws Exception {
        var invoice = ElectronicInvoice.read("EN16931_Einfach.pdf", sample());

        assertThat(invoice.number()).isEqualTo("471102");
        assertThat(invoice.issued()).isEqualTo(LocalDate.of(2024, 11, 15));
        assertThat(invoice.seller()).isEqualTo("Lieferant GmbH");
        assertThat(invoice.sellerVat()).isEqualTo("DE123456789");
        assertThat(invoice.currency()).isEqualTo("EUR");
        assertThat(invoice.lines()).extracting(ElectronicInvoice.Line::description, l -> l.quantity().stripTrailingZeros().toPlainString(),
                        l -> l.unitPrice().stripTrailingZeros().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Trennblätter A4", "20", "9.9"),
                        org.assertj.core.groups.Tuple.tuple("Joghurt Banane", "50", "5.5"));
        assertThat(invoice.net()).isEqualByComparingTo("473.00");
        assertThat(invoice.vat()).isEqualByComparingTo("56.87");
        assertThat(invoice.gross()).isEqualByComparingTo("529.87");
    }

    @Test
    void readsTheSameInvoiceSentAsUbl() throws Exception {
        var xml = new ClassPathResource("finance/facturx/XRECHNUNG_Einfach.ubl.xml").getContentAsByteArray();

        var invoice = ElectronicInvoice.read("XRECHNUNG_Einfach.ubl.xml", xml);

        assertThat(invoice.number()).isEqualTo("471102");
        assertThat(invoice.issued()).isEqualTo(LocalDate.of(2018, 3, 5));
        assertThat(invoice.sellerVat()).isEqualTo("DE123456789");
        assertThat(invoice.lines()).hasSize(2);
        assertThat(invoice.net()).isEqualByComparingTo("473.00");
        assertThat(invoice.gross()).isEqualByComparingTo("529.87");
    }

    @Test
    void anXmlFileThatDeclaresEntitiesIsRefused() throws Exception {
        var ubl = new String(new ClassPathResource("finance/facturx/XRECHNUNG_Einfach.ubl.xml").getContentAsByteArray(), StandardCharsets.UTF_8);
        var hostile = ubl.replaceFirst("\\?>", "?><!DOCTYPE Invoice [<!ENTITY secret SYSTEM \"file:///etc/hostname\">]>")
                .replace("<cbc:Name>Lieferant GmbH</cbc:Name>", "<cbc:Name>&secret;</cbc:Name>");
        assertThatThrownBy(() -> ElectronicInvoice.read("hostile.xml", hostile.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(FileRejected.class, e -> assertThat(e.reason()).contains("document type declaration"));
    }

    @Test
    void aFileWithoutAnInvoiceIsRefused() throws Exception {
        var blank = new ByteArrayOutputStream();
        try (var document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(blank);
        }
        assertThatThrownBy(() -> ElectronicInvoice.read("blank.pdf", blank.toByteArray()))
                .isInstanceOfSatisfying(FileRejected.class, e -> assertThat(e.file()).isEqualTo("blank.pdf"));
        assertThatThrownBy(() -> ElectronicInvoice.read("notes.txt", "not a PDF".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(FileRejected.class);
    }
}

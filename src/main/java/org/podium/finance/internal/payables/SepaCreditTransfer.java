package org.podium.finance.internal.payables;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.podium.finance.internal.FinanceProperties;
import org.podium.finance.internal.identifiers.Identifiers;
import org.springframework.core.io.ClassPathResource;
import org.xml.sax.SAXException;

/**
 * A SEPA credit transfer file (ISO 20022 pain.001.001.09 under the EPC's customer-to-bank
 * guidelines) for one payment run: one payment information block, one transaction per supplier
 * payment. Written with the JDK's StAX writer and validated against the EPC schema before it is
 * handed out; the rules the schema cannot say (control sums, unique ids, IBAN check digits) are
 * checked here.
 */
@org.springframework.stereotype.Component
public final class SepaCreditTransfer {

    static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09";
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999.99");
    private static final Schema SCHEMA = schema();

    /** One transfer: to whom, how much, and the reference the supplier reconciles with. */
    public record Payment(String endToEndId, String creditor, String iban, String bic, BigDecimal amount, String remittance) {}

    /** A payment refused before the file is written (message keys with the payment's id). */
    public static final class RunRefused extends org.podium.finance.internal.ActionRefused {
        RunRefused(List<String> reasons) {
            super(reasons);
        }
    }

    private final FinanceProperties books;

    public SepaCreditTransfer(FinanceProperties books) {
        this.books = books;
    }

    /** The file for {@code payments} to execute on {@code execution}, schema-valid, as UTF-8 bytes. */
    public byte[] file(String messageId, LocalDate execution, OffsetDateTime created, List<Payment> payments) {
        refuseWhatTheBankWould(payments);
        var total = payments.stream().map(Payment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        var out = new ByteArrayOutputStream(512 + payments.size() * 600);
        try {
            var xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("Document");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeStartElement("CstmrCdtTrfInitn");
            xml.writeStartElement("GrpHdr");
            text(xml, "MsgId", messageId);
            text(xml, "CreDtTm", created.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            text(xml, "NbOfTxs", String.valueOf(payments.size()));
            text(xml, "CtrlSum", total.toPlainString());
            xml.writeStartElement("InitgPty");
            text(xml, "Nm", latin(books.organisation(), 70));
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeStartElement("PmtInf");
            text(xml, "PmtInfId", messageId);
            text(xml, "PmtMtd", "TRF");
            // One booking per transfer: the statement then gives each its own entry to reconcile.
            text(xml, "BtchBookg", "false");
            text(xml, "NbOfTxs", String.valueOf(payments.size()));
            text(xml, "CtrlSum", total.toPlainString());
            xml.writeStartElement("PmtTpInf");
            xml.writeStartElement("SvcLvl");
            text(xml, "Cd", "SEPA");
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeStartElement("ReqdExctnDt");
            text(xml, "Dt", execution.toString());
            xml.writeEndElement();
            xml.writeStartElement("Dbtr");
            text(xml, "Nm", latin(books.organisation(), 70));
            xml.writeEndElement();
            account(xml, "DbtrAcct", books.iban());
            xml.writeStartElement("DbtrAgt");
            xml.writeStartElement("FinInstnId");
            text(xml, "BICFI", books.bic());
            xml.writeEndElement();
            xml.writeEndElement();
            text(xml, "ChrgBr", "SLEV");
            for (var payment : payments) {
                transaction(xml, payment);
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("pain.001 not written", e);
        }
        var bytes = out.toByteArray();
        validate(bytes);
        return bytes;
    }

    private static void transaction(XMLStreamWriter xml, Payment payment) throws XMLStreamException {
        xml.writeStartElement("CdtTrfTxInf");
        xml.writeStartElement("PmtId");
        text(xml, "EndToEndId", payment.endToEndId());
        xml.writeEndElement();
        xml.writeStartElement("Amt");
        xml.writeStartElement("InstdAmt");
        xml.writeAttribute("Ccy", "EUR");
        xml.writeCharacters(payment.amount().toPlainString());
        xml.writeEndElement();
        xml.writeEndElement();
        if (!payment.bic().isBlank()) {
            xml.writeStartElement("CdtrAgt");
            xml.writeStartElement("FinInstnId");
            text(xml, "BICFI", payment.bic());
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeStartElement("Cdtr");
        text(xml, "Nm", latin(payment.creditor(), 70));
        xml.writeEndElement();
        account(xml, "CdtrAcct", payment.iban());
        xml.writeStartElement("RmtInf");
        text(xml, "Ustrd", latin(payment.remittance(), 140));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void account(XMLStreamWriter xml, String element, String iban) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeStartElement("Id");
        text(xml, "IBAN", iban.replace(" ", ""));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    /**
     * The EPC's character set is Latin: banks may refuse accented letters in names and references,
     * so they are written without their accents (Pérec -> Perec), and cut to the field's length.
     */
    static String latin(String value, int max) {
        var ligatures = value.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE").replace("ß", "ss");
        var plain = java.text.Normalizer.normalize(ligatures, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9/\\-?:().,'+ ]", " ").replaceAll(" {2,}", " ").strip();
        return plain.length() <= max ? plain : plain.substring(0, max);
    }

    private static void refuseWhatTheBankWould(List<Payment> payments) {
        var reasons = new ArrayList<String>();
        if (payments.isEmpty()) {
            reasons.add("finance.run.empty");
        }
        var ids = new HashSet<String>();
        for (var payment : payments) {
            if (!ids.add(payment.endToEndId())) {
                reasons.add("finance.run.duplicateId:" + payment.endToEndId());
            }
            if (payment.amount().scale() > 2 || payment.amount().compareTo(new BigDecimal("0.01")) < 0
                    || payment.amount().compareTo(MAX_AMOUNT) > 0) {
                reasons.add("finance.run.amount:" + payment.endToEndId());
            }
            if (!Identifiers.iban(payment.iban()) || !(payment.bic().isBlank() || Identifiers.bic(payment.bic()))) {
                reasons.add("finance.run.account:" + payment.endToEndId());
            }
        }
        if (!reasons.isEmpty()) {
            throw new RunRefused(reasons);
        }
    }

    /** Validates a file against the EPC schema; the message says the line and what is wrong. */
    public static void validate(byte[] file) {
        try {
            var validator = SCHEMA.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new StreamSource(new ByteArrayInputStream(file)));
        } catch (SAXException e) {
            throw new IllegalStateException("pain.001 refused by the EPC schema: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Schema schema() {
        try (var in = new ClassPathResource("finance/iso20022/pain.001.001.09-EPC132-08-2023-SCT-C2PSP.xsd").getInputStream()) {
            var factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(new StreamSource(in));
        } catch (IOException | SAXException e) {
            throw new IllegalStateException("EPC pain.001 schema unreadable", e);
        }
    }
}

package org.podium.finance.internal.payables;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.springframework.core.io.ClassPathResource;

/**
 * Writes bank statements as a bank would send them, ISO 20022 camt.053.001.08, and checks them
 * against ISO's schema: the reader is tested on files that are valid statements, not on a shape
 * of our own.
 */
public final class BankStatementFiles {

    /** One booked entry: a debit (a transfer leaving) or a credit, its end-to-end id ("" for none). */
    public record Booking(BigDecimal amount, boolean debit, LocalDate booked, String endToEndId, String counterparty, String remittance) {}

    private BankStatementFiles() {
    }

    public static byte[] statement(String id, String iban, List<Booking> bookings) {
        var xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
                  <BkToCstmrStmt>
                    <GrpHdr><MsgId>MSG-%1$s</MsgId><CreDtTm>2024-09-16T06:00:00</CreDtTm></GrpHdr>
                    <Stmt>
                      <Id>%1$s</Id>
                      <CreDtTm>2024-09-16T06:00:00</CreDtTm>
                      <Acct><Id><IBAN>%2$s</IBAN></Id><Ccy>EUR</Ccy></Acct>
                      <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">1000000.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2024-09-13</Dt></Dt></Bal>
                """.formatted(id, iban));
        var reference = 1;
        for (var b : bookings) {
            var direction = b.debit() ? "DBIT" : "CRDT";
            var party = b.debit() ? "<Cdtr><Pty><Nm>%s</Nm></Pty></Cdtr>" : "<Dbtr><Pty><Nm>%s</Nm></Pty></Dbtr>";
            xml.append("""
                          <Ntry>
                            <NtryRef>%d</NtryRef>
                            <Amt Ccy="EUR">%s</Amt>
                            <CdtDbtInd>%s</CdtDbtInd>
                            <Sts><Cd>BOOK</Cd></Sts>
                            <BookgDt><Dt>%s</Dt></BookgDt>
                            <ValDt><Dt>%4$s</Dt></ValDt>
                            <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>%s</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>
                            <NtryDtls><TxDtls>
                              <Refs><EndToEndId>%s</EndToEndId></Refs>
                              <Amt Ccy="EUR">%2$s</Amt>
                              <CdtDbtInd>%3$s</CdtDbtInd>
                              <RltdPties>%s</RltdPties>
                              <RmtInf><Ustrd>%s</Ustrd></RmtInf>
                            </TxDtls></NtryDtls>
                          </Ntry>
                    """.formatted(reference++, b.amount().toPlainString(), direction, b.booked(), b.debit() ? "ICDT" : "RCDT",
                    b.endToEndId().isEmpty() ? "NOTPROVIDED" : b.endToEndId(), party.formatted(b.counterparty()), b.remittance()));
        }
        xml.append("""
                    </Stmt>
                  </BkToCstmrStmt>
                </Document>
                """);
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Validates against ISO's camt.053.001.08 schema; throws with the line when the file is not a valid statement. */
    public static void validate(byte[] file) throws Exception {
        var factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        var schema = factory.newSchema(new ClassPathResource("finance/iso20022/camt.053.001.08.xsd").getURL());
        var validator = schema.newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.validate(new StreamSource(new ByteArrayInputStream(file)));
    }
}

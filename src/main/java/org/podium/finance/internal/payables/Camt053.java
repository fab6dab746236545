package org.podium.finance.internal.payables;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.podium.platform.FileRejected;

/**
 * Reads a bank-to-customer statement, ISO 20022 camt.053 (versions 001.02 to 001.13 share the
 * parts read here): the statement's id and account, and each entry's amount, direction, booking
 * date and, from its transaction details, the end-to-end id our transfer carried, the remittance
 * text and the other party (the creditor of a debit, the debtor of a credit). Elements are found by their path, whatever the version's namespace.
 * A file that is not such a statement is refused with its line.
 */
public final class Camt053 {

    public record Statement(String id, String iban, List<Entry> entries) {}

    /** One booked entry; a reversal (RvslInd) is read as the opposite direction. */
    public record Entry(BigDecimal amount, String currency, boolean debit, LocalDate bookedOn, String endToEndId, String remittance,
                        String counterparty, int line) {}

    private static final XMLInputFactory FACTORY = XMLInputFactory.newFactory();

    static {
        FACTORY.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        FACTORY.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private Camt053() {
    }

    public static Statement read(String fileName, byte[] file) {
        XMLStreamReader xml = null;
        try {
            xml = FACTORY.createXMLStreamReader(new ByteArrayInputStream(file));
            return read(fileName, xml);
        } catch (XMLStreamException e) {
            throw new FileRejected(fileName, e.getLocation() == null ? 0 : e.getLocation().getLineNumber(), "not well-formed XML: " + e.getMessage());
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // nothing held open beyond the byte array
                }
            }
        }
    }

    private static Statement read(String fileName, XMLStreamReader xml) throws XMLStreamException {
        var path = new ArrayDeque<String>();
        String statementId = null;
        String iban = null;
        var entries = new ArrayList<Entry>();
        Draft entry = null;
        var statements = 0;
        while (xml.hasNext()) {
            var event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                path.addLast(xml.getLocalName());
                var at = String.join("/", path);
                if (path.size() == 1 && !xml.getLocalName().equals("Document")
                        || path.size() == 2 && !xml.getLocalName().equals("BkToCstmrStmt")) {
                    throw new FileRejected(fileName, xml.getLocation().getLineNumber(), "not a camt.053 statement (" + at + ")");
                }
                if (at.endsWith("BkToCstmrStmt/Stmt") && ++statements > 1) {
                    throw new FileRejected(fileName, xml.getLocation().getLineNumber(), "one statement per file, this is the second");
                }
                if (at.endsWith("Stmt/Ntry")) {
                    entry = new Draft(xml.getLocation().getLineNumber());
                } else if (entry != null && at.endsWith("Ntry/Amt")) {
                    entry.currency = xml.getAttributeValue(null, "Ccy");
                    entry.amount = xml.getElementText();
                    path.removeLast();
                } else {
                    var text = readText(xml, at, path);
                    if (text != null) {
                        if (at.endsWith("Stmt/Id")) statementId = text;
                        else if (at.endsWith("Stmt/Acct/Id/IBAN")) iban = text;
                        else if (entry != null) entry.take(at, text);
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (path.getLast().equals("Ntry") && entry != null) {
                    entries.add(entry.entry(fileName));
                    entry = null;
                }
                path.removeLast();
            }
        }
        if (statementId == null || iban == null) {
            throw new FileRejected(fileName, 0, "no statement id or account IBAN (Stmt/Id, Stmt/Acct/Id/IBAN)");
        }
        return new Statement(statementId, iban, entries);
    }

    /** The text of the leaf elements read here (the reader moves past their end), null for others. */
    private static String readText(XMLStreamReader xml, String at, ArrayDeque<String> path) throws XMLStreamException {
        var wanted = at.endsWith("Stmt/Id") || at.endsWith("Stmt/Acct/Id/IBAN") || at.endsWith("Ntry/CdtDbtInd") || at.endsWith("Ntry/RvslInd")
                || at.endsWith("Ntry/BookgDt/Dt") || at.endsWith("Refs/EndToEndId") || at.endsWith("RmtInf/Ustrd")
                || at.endsWith("RltdPties/Cdtr/Nm") || at.endsWith("RltdPties/Cdtr/Pty/Nm")
                || at.endsWith("RltdPties/Dbtr/Nm") || at.endsWith("RltdPties/Dbtr/Pty/Nm");
        if (!wanted) {
            return null;
        }
        var text = xml.getElementText().strip();
        path.removeLast();
        return text;
    }

    /** An entry while it is being read. */
    private static final class Draft {
        final int line;
        String amount;
        String currency;
        String direction;
        boolean reversal;
        String booked;
        String endToEndId = "";
        String remittance = "";
        String creditor = "";
        String debtor = "";

        Draft(int line) {
            this.line = line;
        }

        void take(String at, String text) {
            if (at.endsWith("Ntry/CdtDbtInd")) direction = text;
            else if (at.endsWith("Ntry/RvslInd")) reversal = text.equals("true");
            else if (at.endsWith("Ntry/BookgDt/Dt")) booked = text;
            else if (at.endsWith("Refs/EndToEndId") && endToEndId.isEmpty()) endToEndId = text.equals("NOTPROVIDED") ? "" : text;
            else if (at.endsWith("RmtInf/Ustrd")) remittance = remittance.isEmpty() ? text : remittance + " " + text;
            else if (at.contains("RltdPties/Cdtr/") && creditor.isEmpty()) creditor = text;
            else if (at.contains("RltdPties/Dbtr/") && debtor.isEmpty()) debtor = text;
        }

        Entry entry(String fileName) {
            if (amount == null || direction == null || booked == null || !(direction.equals("DBIT") || direction.equals("CRDT"))) {
                throw new FileRejected(fileName, line, "an entry needs Amt, CdtDbtInd (CRDT or DBIT) and BookgDt/Dt");
            }
            try {
                var value = new BigDecimal(amount);
                if (value.signum() <= 0) {
                    throw new FileRejected(fileName, line, "an entry's amount is positive: " + amount);
                }
                var debit = direction.equals("DBIT");
                // The other party: whom a debit paid, who a credit came from (before any reversal).
                return new Entry(value, currency == null ? "" : currency, debit != reversal, LocalDate.parse(booked),
                        endToEndId, remittance, debit ? creditor : debtor, line);
            } catch (NumberFormatException | DateTimeParseException e) {
                throw new FileRejected(fileName, line, "unreadable amount or date: " + amount + ", " + booked);
            }
        }
    }
}

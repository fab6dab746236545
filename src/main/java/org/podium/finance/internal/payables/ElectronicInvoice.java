package org.podium.finance.internal.payables;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.mustangproject.ZUGFeRD.TransactionCalculator;
import org.mustangproject.ZUGFeRD.ZUGFeRDInvoiceImporter;
import org.podium.platform.FileRejected;

/**
 * Reads a supplier's electronic invoice with the Mustang library: a Factur-X / ZUGFeRD 2 PDF (a
 * PDF/A-3 carrying the invoice as CII XML), or the XML alone, CII or UBL (Peppol, XRechnung):
 * number, date, seller, currency, lines and totals as the XML states them. A file without a
 * readable invoice is refused with the reason.
 */
public final class ElectronicInvoice {

    /** An invoice as the supplier's file states it. */
    public record Received(String number, LocalDate issued, String seller, String sellerVat, String currency, List<Line> lines,
                           BigDecimal net, BigDecimal vat, BigDecimal gross) {}

    /** One line: what, how many, the unit price before tax. */
    public record Line(String description, BigDecimal quantity, BigDecimal unitPrice) {}

    private ElectronicInvoice() {
    }

    public static Received read(String fileName, byte[] file) {
        try {
            ZUGFeRDInvoiceImporter importer;
            if (startsWith(file, "%PDF")) {
                importer = new ZUGFeRDInvoiceImporter(new ByteArrayInputStream(file));
            } else {
                // No document type declarations: an invoice needs none, and entities are how XML reads files it should not.
                if (new String(file, java.nio.charset.StandardCharsets.UTF_8).toUpperCase(java.util.Locale.ROOT).contains("<!DOCTYPE")) {
                    throw new FileRejected(fileName, 0, "a document type declaration is not accepted in an invoice");
                }
                importer = new ZUGFeRDInvoiceImporter();
                importer.setRawXML(file);
            }
            var invoice = importer.extractInvoice();
            if (invoice == null || invoice.getNumber() == null || invoice.getIssueDate() == null || invoice.getZFItems() == null) {
                throw new FileRejected(fileName, 0, "no Factur-X, ZUGFeRD, CII or UBL invoice in this file");
            }
            var lines = new ArrayList<Line>();
            for (var item : invoice.getZFItems()) {
                var basis = item.getBasisQuantity() == null || item.getBasisQuantity().signum() == 0 ? BigDecimal.ONE : item.getBasisQuantity();
                lines.add(new Line(item.getProduct().getName(), item.getQuantity(), item.getPrice().divide(basis, 4, RoundingMode.HALF_EVEN)));
            }
            var totals = new TransactionCalculator(invoice);
            var net = totals.getTaxBasis().setScale(2, RoundingMode.HALF_EVEN);
            var gross = totals.getGrandTotal().setScale(2, RoundingMode.HALF_EVEN);
            // Mustang parses the date at midnight in the JVM's zone: read back in the same zone.
            return new Received(invoice.getNumber(), invoice.getIssueDate().toInstant().atZone(ZoneId.systemDefault()).toLocalDate(),
                    nonNull(invoice.getSender().getName()), nonNull(invoice.getSender().getVATID()), nonNull(invoice.getCurrency()),
                    lines, net, gross.subtract(net), gross);
        } catch (FileRejected rejected) {
            throw rejected;
        } catch (Exception | LinkageError e) {
            // Mustang reports a PDF without an invoice, or a malformed one, by exceptions of several kinds.
            throw new FileRejected(fileName, 0, "not a readable Factur-X, ZUGFeRD, CII or UBL invoice: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
    }

    private static boolean startsWith(byte[] file, String magic) {
        var bytes = magic.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        return file.length >= bytes.length && java.util.Arrays.equals(java.util.Arrays.copyOf(file, bytes.length), bytes);
    }

    private static String nonNull(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}

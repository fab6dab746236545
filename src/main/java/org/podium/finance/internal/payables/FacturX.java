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
 * Reads a supplier's electronic invoice received as Factur-X / ZUGFeRD 2 (a PDF/A-3 carrying the
 * invoice as CII XML) with the Mustang library: number, date, seller, currency, lines and totals
 * as the XML states them. A PDF without a readable invoice inside is refused with the reason.
 */
public final class FacturX {

    /** An invoice as the supplier's file states it. */
    public record Received(String number, LocalDate issued, String seller, String sellerVat, String currency, List<Line> lines,
                           BigDecimal net, BigDecimal vat, BigDecimal gross) {}

    /** One line: what, how many, the unit price before tax. */
    public record Line(String description, BigDecimal quantity, BigDecimal unitPrice) {}

    private FacturX() {
    }

    public static Received read(String fileName, byte[] pdf) {
        try {
            var importer = new ZUGFeRDInvoiceImporter(new ByteArrayInputStream(pdf));
            var invoice = importer.extractInvoice();
            if (invoice == null || invoice.getNumber() == null || invoice.getIssueDate() == null || invoice.getZFItems() == null) {
                throw new FileRejected(fileName, 0, "no Factur-X or ZUGFeRD invoice inside this file");
            }
            var lines = new ArrayList<Line>();
            for (var item : invoice.getZFItems()) {
                var basis = item.getBasisQuantity() == null || item.getBasisQuantity().signum() == 0 ? BigDecimal.ONE : item.getBasisQuantity();
                lines.add(new Line(item.getProduct().getName(), item.getQuantity(), item.getPrice().divide(basis, 4, RoundingMode.HALF_EVEN)));
            }
            var totals = new TransactionCalculator(invoice);
            var net = totals.getTaxBasis().setScale(2, RoundingMode.HALF_EVEN);
            var gross = totals.getGrandTotal().setScale(2, RoundingMode.HALF_EVEN);
            return new Received(invoice.getNumber(), invoice.getIssueDate().toInstant().atZone(ZoneId.of("Europe/Paris")).toLocalDate(),
                    nonNull(invoice.getSender().getName()), nonNull(invoice.getSender().getVATID()), nonNull(invoice.getCurrency()),
                    lines, net, gross.subtract(net), gross);
        } catch (FileRejected rejected) {
            throw rejected;
        } catch (Exception | LinkageError e) {
            // Mustang reports a PDF without an invoice, or a malformed one, by exceptions of several kinds.
            throw new FileRejected(fileName, 0, "not a readable Factur-X or ZUGFeRD invoice: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
    }

    private static String nonNull(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}

package org.podium.finance.internal.payables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.podium.platform.FileRejected;
import org.xml.sax.SAXParseException;

/** The statement reader on camt.053.001.08 files valid under ISO's schema, and on broken ones. */
class Camt053Tests {

    static final String IBAN = "FR1420041010050500013M02606";
    static final LocalDate BOOKED = LocalDate.of(2024, 9, 13);

    static byte[] sample() {
        return BankStatementFiles.statement("STMT-2024-09-13", IBAN, List.of(
                new BankStatementFiles.Booking(new BigDecimal("1055.00"), true, BOOKED, "PODIUM-INV-101", "Coopérative des œufs", "Facture F-1"),
                new BankStatementFiles.Booking(new BigDecimal("27.50"), true, BOOKED, "", "Banque", "Frais de tenue de compte"),
                new BankStatementFiles.Booking(new BigDecimal("125000.00"), false, BOOKED, "", "Billetterie", "Ventes du 12/09")));
    }

    @Test
    void readsTheEntriesOfAStatementValidUnderIsosSchema() throws Exception {
        var file = sample();
        BankStatementFiles.validate(file);

        var statement = Camt053.read("statement.xml", file);

        assertThat(statement.id()).isEqualTo("STMT-2024-09-13");
        assertThat(statement.iban()).isEqualTo(IBAN);
        assertThat(statement.entries()).extracting(Camt053.Entry::amount, Camt053.Entry::debit, Camt053.Entry::endToEndId, Camt053.Entry::counterparty)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(new BigDecimal("1055.00"), true, "PODIUM-INV-101", "Coopérative des œufs"),
                        org.assertj.core.groups.Tuple.tuple(new BigDecimal("27.50"), true, "", "Banque"),
                        org.assertj.core.groups.Tuple.tuple(new BigDecimal("125000.00"), false, "", "Billetterie"));
        assertThat(statement.entries().getFirst().remittance()).isEqualTo("Facture F-1");
        assertThat(statement.entries()).allSatisfy(e -> {
            assertThat(e.bookedOn()).isEqualTo(BOOKED);
            assertThat(e.currency()).isEqualTo("EUR");
        });
    }

    @Test
    void aBrokenStatementIsRefusedWithItsLine() throws Exception {
        var text = new String(sample(), StandardCharsets.UTF_8);
        var noDirection = text.replaceFirst("<CdtDbtInd>DBIT</CdtDbtInd>", "").getBytes(StandardCharsets.UTF_8);
        // ISO's schema refuses it too: the check agrees with the standard, not only with our reader.
        assertThatThrownBy(() -> BankStatementFiles.validate(noDirection)).isInstanceOf(SAXParseException.class);
        var entryLine = lineOf(text, "<Ntry>");
        assertThatThrownBy(() -> Camt053.read("statement.xml", noDirection))
                .isInstanceOfSatisfying(FileRejected.class, e -> assertThat(e.line()).isEqualTo(entryLine));

        var truncated = text.substring(0, text.indexOf("</Ntry>")).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Camt053.read("statement.xml", truncated))
                .isInstanceOfSatisfying(FileRejected.class, e -> assertThat(e.reason()).contains("not well-formed"));

        var paymentFile = text.replace("BkToCstmrStmt", "CstmrCdtTrfInitn").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Camt053.read("pain.xml", paymentFile))
                .isInstanceOfSatisfying(FileRejected.class, e -> assertThat(e.line()).isEqualTo(lineOf(text, "<BkToCstmrStmt>")));

        var noAmount = text.replaceFirst("<Amt Ccy=\"EUR\">1055.00</Amt>", "<Amt Ccy=\"EUR\">-1055.00</Amt>").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Camt053.read("statement.xml", noAmount)).isInstanceOf(FileRejected.class);
    }

    @Test
    void aReversalReadsAsTheOppositeDirection() {
        var text = new String(sample(), StandardCharsets.UTF_8)
                .replaceFirst("<CdtDbtInd>DBIT</CdtDbtInd>", "<CdtDbtInd>DBIT</CdtDbtInd><RvslInd>true</RvslInd>");
        var statement = Camt053.read("statement.xml", text.getBytes(StandardCharsets.UTF_8));
        assertThat(statement.entries().getFirst().debit()).isFalse();
    }

    private static int lineOf(String text, String element) {
        var before = text.substring(0, text.indexOf(element));
        return (int) before.chars().filter(c -> c == '\n').count() + 1;
    }
}

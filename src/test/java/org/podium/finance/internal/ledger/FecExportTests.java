package org.podium.finance.internal.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.podium.support.PodiumIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The FEC of a fiscal year, re-read by an independent checker and tied to the trial balance. */
@PodiumIntegrationTest
class FecExportTests {

    // A year no other test posts in, so that its file holds only these entries.
    static final int YEAR = 2031;

    @Autowired Ledger ledger;
    @Autowired FecExport fec;

    @Test
    void theYearsFileReReadsBalancedNumberedAndTiedToTheTrialBalance() throws Exception {
        var day = LocalDate.of(YEAR, 3, 14);
        ledger.post(new EntryDraft("ACH", day, "Fournisseur | œufs", "F-2031-1", List.of(EntryDraft.Line.debit("601", "1000.00", "œufs"),
                EntryDraft.Line.debit("44566", "55.00", "TVA 5,5 %"), EntryDraft.Line.credit("401", "1055.00", "coopérative"))), "accountant");
        var second = ledger.post(new EntryDraft("ACH", day.plusDays(1), "Fruits", "F-2031-2", List.of(EntryDraft.Line.debit("601", "300.10", "fruits"),
                EntryDraft.Line.credit("401", "300.10", "primeur"))), "accountant");
        ledger.post(new EntryDraft("BQ", day.plusDays(60), "Règlement F-2031-1", "VIR-1", List.of(EntryDraft.Line.debit("401", "1055.00", "coopérative"),
                EntryDraft.Line.credit("512", "1055.00", "banque"))), "accountant");
        ledger.reverse(second.id(), day.plusDays(2), "accountant");
        ledger.post(new EntryDraft("ACH", LocalDate.of(YEAR + 1, 1, 2), "Next year", "F-2032-1", List.of(EntryDraft.Line.debit("601", "5.00", "x"),
                EntryDraft.Line.credit("401", "5.00", "x"))), "accountant");

        var out = new StringWriter();
        var written = fec.write(YEAR, out);
        var report = FecChecker.check(out.toString(), YEAR);

        assertThat(report.problems()).isEmpty();
        assertThat(report.lines()).isEqualTo(written).isEqualTo(3 + 2 + 2 + 2);
        assertThat(fec.fileName(YEAR)).isEqualTo("732829320FEC20311231.txt");
        var trial = ledger.trialBalance(LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31));
        assertThat(report.totalsByAccount()).hasSize(trial.size());
        for (var account : trial) {
            var read = report.totalsByAccount().get(account.account());
            assertThat(read[0]).as(account.account() + " debit").isEqualByComparingTo(account.debit());
            assertThat(read[1]).as(account.account() + " credit").isEqualByComparingTo(account.credit());
        }
        // The separator inside a label is not a field break; amounts carry a decimal comma.
        assertThat(out.toString()).contains("|Fournisseur / œufs|").contains("|1055,00|0,00|");
    }

    @Test
    void theCheckerCatchesABrokenFile() throws Exception {
        var good = String.join("|", FecChecker.FIELDS) + "\r\n"
                + "ACH|Achats|ACH-1|20310101|601|Achats|||F1|20310101|x|10,00|0,00|||20310101||\r\n"
                + "ACH|Achats|ACH-1|20310101|401|Fournisseurs|||F1|20310101|x|0,00|10,00|||20310101||\r\n";
        assertThat(FecChecker.check(good, YEAR).problems()).isEmpty();
        assertThat(FecChecker.check(good.replace("0,00|10,00", "0,00|10,01"), YEAR).problems()).anyMatch(p -> p.contains("not balanced"));
        assertThat(FecChecker.check(good.replace("ACH|Achats|ACH-1|20310101|401", "ACH|Achats|ACH-3|20310101|401"), YEAR).problems())
                .anyMatch(p -> p.contains("not balanced"));
        assertThat(FecChecker.check(good + good.substring(good.indexOf("\r\n") + 2).replace("ACH-1", "ACH-3"), YEAR).problems())
                .anyMatch(p -> p.contains("jumps from 1 to 3"));
        assertThat(FecChecker.check(good.replace("|10,00|", "|10.00|"), YEAR).problems()).anyMatch(p -> p.contains("amount"));
        assertThat(FecChecker.check(good.replace("20310101|601", "20310231|601"), YEAR).problems()).anyMatch(p -> p.contains("EcritureDate"));
    }
}

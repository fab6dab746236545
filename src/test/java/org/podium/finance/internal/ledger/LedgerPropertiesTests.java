package org.podium.finance.internal.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The ledger's invariants over generated entries (jqwik). */
class LedgerPropertiesTests {

    static EntryDraft balanced(List<Integer> cents) {
        var lines = new ArrayList<EntryDraft.Line>();
        var total = BigDecimal.ZERO;
        for (var c : cents) {
            var amount = BigDecimal.valueOf(c, 2);
            lines.add(new EntryDraft.Line("606", amount, BigDecimal.ZERO, "line"));
            total = total.add(amount);
        }
        lines.add(new EntryDraft.Line("401", BigDecimal.ZERO, total, "supplier"));
        return new EntryDraft("ACH", LocalDate.of(2024, 7, 20), "invoice", "F-1", lines);
    }

    @Property
    void anyEntryWhoseCreditsMatchItsDebitsIsValid(@ForAll @Size(min = 1, max = 20) List<@IntRange(min = 1, max = 100_000_000) Integer> cents) {
        var entry = balanced(cents);
        assertThat(entry.problems()).isEmpty();
        assertThat(entry.totalDebit()).isEqualByComparingTo(entry.totalCredit());
        // Its reversal is valid too, and the two together leave every account at zero.
        var reversal = entry.reversal(LocalDate.of(2024, 7, 21), "ACH-1");
        assertThat(reversal.problems()).isEmpty();
        assertThat(entry.totalDebit().add(reversal.totalDebit())).isEqualByComparingTo(entry.totalCredit().add(reversal.totalCredit()));
    }

    @Property
    void oneCentOffIsRefused(@ForAll @Size(min = 1, max = 20) List<@IntRange(min = 1, max = 100_000_000) Integer> cents,
                             @ForAll @IntRange(min = 0, max = 19) int which) {
        var entry = balanced(cents);
        var lines = new ArrayList<>(entry.lines());
        var i = which % (lines.size() - 1);
        var line = lines.get(i);
        lines.set(i, new EntryDraft.Line(line.account(), line.debit().add(new BigDecimal("0.01")), line.credit(), line.label()));
        assertThat(new EntryDraft(entry.journal(), entry.date(), entry.label(), entry.pieceRef(), lines).problems())
                .contains("finance.refused.unbalanced");
    }

    @Property
    void anyChangeToAStoredFieldChangesTheHash(@ForAll @Size(min = 1, max = 10) List<@IntRange(min = 1, max = 1_000_000) Integer> cents,
                                               @ForAll @IntRange(min = 0, max = 9) int which) {
        var entry = balanced(cents);
        var hash = LedgerHash.of("0".repeat(64), "ACH", 1, entry);
        var lines = new ArrayList<>(entry.lines());
        var i = which % lines.size();
        var line = lines.get(i);
        lines.set(i, new EntryDraft.Line(line.account(), line.debit(), line.credit(), line.label() + "."));
        var tampered = new EntryDraft(entry.journal(), entry.date(), entry.label(), entry.pieceRef(), lines);
        assertThat(LedgerHash.of("0".repeat(64), "ACH", 1, tampered)).isNotEqualTo(hash);
        assertThat(LedgerHash.of("0".repeat(64), "ACH", 2, entry)).isNotEqualTo(hash);
        assertThat(LedgerHash.of("1" + "0".repeat(63), "ACH", 1, entry)).isNotEqualTo(hash);
    }
}

package org.podium.finance.internal.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An entry as an accountant writes it, before validation: a journal, a date, a label, the
 * document it records (invoice, statement) and at least two lines. {@link #problems()} says why
 * it cannot be validated; a balanced entry with good lines has none.
 */
public record EntryDraft(String journal, LocalDate date, String label, String pieceRef, List<Line> lines) {

    /** One line: an account, a debit or a credit (exactly one positive, in cents), a label. */
    public record Line(String account, BigDecimal debit, BigDecimal credit, String label) {

        public static Line debit(String account, String amount, String label) {
            return new Line(account, new BigDecimal(amount), BigDecimal.ZERO, label);
        }

        public static Line credit(String account, String amount, String label) {
            return new Line(account, BigDecimal.ZERO, new BigDecimal(amount), label);
        }
    }

    public EntryDraft {
        lines = List.copyOf(lines);
    }

    public BigDecimal totalDebit() {
        return lines.stream().map(Line::debit).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal totalCredit() {
        return lines.stream().map(Line::credit).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Why the entry cannot be validated (message keys), empty when it can. */
    public List<String> problems() {
        var problems = new ArrayList<String>();
        if (label.isBlank() || pieceRef.isBlank()) {
            problems.add("finance.refused.label");
        }
        if (lines.size() < 2) {
            problems.add("finance.refused.lines");
        }
        for (var line : lines) {
            var debit = line.debit().signum();
            var credit = line.credit().signum();
            if (debit < 0 || credit < 0 || (debit == 0) == (credit == 0) || line.debit().scale() > 2 || line.credit().scale() > 2) {
                problems.add("finance.refused.amount");
                break;
            }
        }
        if (totalDebit().compareTo(totalCredit()) != 0) {
            problems.add("finance.refused.unbalanced");
        }
        return problems;
    }

    /** The reversing entry: the same lines with debit and credit swapped. */
    public EntryDraft reversal(LocalDate on, String reversedRef) {
        return new EntryDraft(journal, on, "Extourne / Reversal: " + label, reversedRef,
                lines.stream().map(l -> new Line(l.account(), l.credit(), l.debit(), l.label())).toList());
    }
}

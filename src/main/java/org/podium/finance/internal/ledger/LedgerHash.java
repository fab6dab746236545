package org.podium.finance.internal.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chain of validated entries: each entry's hash is SHA-256 over the previous entry's
 * hash and the entry's canonical text (journal, number, date, label, document, then each line's
 * account, debit, credit and label, amounts with two decimals). Changing any stored field, or
 * removing or inserting an entry, breaks every hash after it.
 */
public final class LedgerHash {

    private LedgerHash() {
    }

    public static String of(String previous, String journal, int number, EntryDraft entry) {
        var text = new StringBuilder(previous).append('\n').append(journal).append('|').append(number).append('|')
                .append(entry.date()).append('|').append(entry.label()).append('|').append(entry.pieceRef());
        for (var line : entry.lines()) {
            text.append('\n').append(line.account()).append('|').append(line.debit().setScale(2).toPlainString()).append('|')
                    .append(line.credit().setScale(2).toPlainString()).append('|').append(line.label());
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

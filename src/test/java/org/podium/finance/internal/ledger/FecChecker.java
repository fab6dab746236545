package org.podium.finance.internal.ledger;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Re-reads a FEC as the tax office's test tool does, from article A47 A-1's text rather than from
 * the exporter's own constants: the 18 fields in their order, dates AAAAMMJJ, every entry balanced,
 * entries numbered without gaps in each journal, and the totals per account, for tying to the
 * trial balance. It answers the problems it found, one per line of the file.
 */
final class FecChecker {

    /** Article A47 A-1, I: the fields, in this order. */
    static final List<String> FIELDS = List.of("JournalCode", "JournalLib", "EcritureNum", "EcritureDate", "CompteNum", "CompteLib",
            "CompAuxNum", "CompAuxLib", "PieceRef", "PieceDate", "EcritureLib", "Debit", "Credit", "EcritureLet", "DateLet",
            "ValidDate", "Montantdevise", "Idevise");
    private static final DateTimeFormatter AAAAMMJJ = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    record Report(List<String> problems, int lines, Map<String, BigDecimal[]> totalsByAccount) {}

    static Report check(String file, int year) throws IOException {
        var problems = new ArrayList<String>();
        var totals = new LinkedHashMap<String, BigDecimal[]>();
        var balance = new LinkedHashMap<String, BigDecimal>();
        var lastNumber = new HashMap<String, Integer>();
        var reader = new BufferedReader(new StringReader(file));
        var header = reader.readLine();
        if (header == null || !List.of(header.split("\\|", -1)).equals(FIELDS)) {
            problems.add("line 1: header is not the 18 fields of A47 A-1");
        }
        var count = 0;
        String row;
        var previousEntry = "";
        while ((row = reader.readLine()) != null) {
            count++;
            var at = "line " + (count + 1) + ": ";
            var f = row.split("\\|", -1);
            if (f.length != 18) {
                problems.add(at + f.length + " fields");
                continue;
            }
            for (var index : List.of(3, 9, 15)) {
                var date = date(f[index]);
                if (date == null || (index == 3 && date.getYear() != year)) {
                    problems.add(at + FIELDS.get(index) + " " + f[index]);
                }
            }
            var debit = amount(f[11]);
            var credit = amount(f[12]);
            if (debit == null || credit == null) {
                problems.add(at + "amount " + f[11] + " / " + f[12]);
                continue;
            }
            var entry = f[2];
            if (!entry.equals(previousEntry)) {
                var number = Integer.parseInt(entry.substring(entry.lastIndexOf('-') + 1));
                var last = lastNumber.put(f[0], number);
                if (last != null && number != last + 1) {
                    problems.add(at + "journal " + f[0] + " jumps from " + last + " to " + number);
                }
                previousEntry = entry;
            }
            balance.merge(entry, debit.subtract(credit), BigDecimal::add);
            var account = totals.computeIfAbsent(f[4], a -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            account[0] = account[0].add(debit);
            account[1] = account[1].add(credit);
        }
        balance.forEach((entry, net) -> {
            if (net.signum() != 0) {
                problems.add("entry " + entry + " is not balanced (" + net + ")");
            }
        });
        return new Report(problems, count, totals);
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text, AAAAMMJJ);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** Amounts carry a decimal comma and no thousands separator. */
    private static BigDecimal amount(String text) {
        return text.matches("-?[0-9]+(,[0-9]{1,2})?") ? new BigDecimal(text.replace(',', '.')) : null;
    }
}

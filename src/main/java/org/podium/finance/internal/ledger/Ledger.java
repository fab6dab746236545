package org.podium.finance.internal.ledger;

import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.commons.csv.CSVFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The general ledger: validation of entries (balanced, known accounts, numbered without gaps per
 * journal, chained by hash), reversals, the chain's verification and the trial balance. The
 * database refuses any change to a validated entry (trigger), so a correction is a reversal.
 */
@Service
public class Ledger {

    /** An entry as validated. */
    public record Posted(long id, String journal, int number, String hash) {}

    /** Why an entry was refused (message keys). */
    public static final class EntryRefused extends org.podium.finance.internal.ActionRefused {
        EntryRefused(List<String> reasons) {
            super(reasons);
        }
    }

    /** The chain re-read: how many entries, and the first whose hash does not match (null when all do). */
    public record ChainCheck(int entries, @Nullable Long brokenAt) {
        public boolean intact() {
            return brokenAt == null;
        }
    }

    /** An account's totals. */
    public record Balance(String account, BigDecimal debit, BigDecimal credit) {}

    private final JdbcClient jdbc;
    private final AtomicBoolean chartLoaded = new AtomicBoolean();
    private volatile java.util.@Nullable Map<String, String> names;

    private final FiscalYears years;

    Ledger(JdbcClient jdbc, FiscalYears years) {
        this.jdbc = jdbc;
        this.years = years;
    }

    @Transactional
    public Posted post(EntryDraft entry, String accountant) {
        return post(entry, accountant, null);
    }

    private Posted post(EntryDraft entry, String accountant, @Nullable Long reverses) {
        var problems = new ArrayList<>(entry.problems());
        var accounts = entry.lines().stream().map(EntryDraft.Line::account).distinct().toArray(String[]::new);
        var known = jdbc.sql("select count(*) from finance.account where number = any(?)").param(accounts).query(Integer.class).single();
        if (known != accounts.length) {
            problems.add("finance.refused.account");
        }
        var journal = jdbc.sql("update finance.journal set next_number = next_number + 1 where code = ? returning next_number - 1")
                .param(entry.journal()).query(Integer.class).optional();
        if (journal.isEmpty()) {
            problems.add("finance.refused.journal");
        }
        if (!problems.isEmpty()) {
            throw new EntryRefused(problems);
        }
        var number = journal.get();
        var previous = jdbc.sql("select head from finance.chain where id = 1 for update").query(String.class).single();
        // Checked under the chain's lock, which closing a year takes too: no entry enters a year while it closes.
        if (years.closed(entry.date().getYear())) {
            throw new EntryRefused(List.of("finance.refused.closedYear"));
        }
        var hash = LedgerHash.of(previous, entry.journal(), number, entry);
        var id = jdbc.sql("""
                insert into finance.entry (journal, number, entry_date, label, piece_ref, validated_by, reverses, previous_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(entry.journal(), number, entry.date(), entry.label(), entry.pieceRef(), accountant, reverses, previous, hash)
                .query(Long.class).single();
        // All lines in one statement: one round trip per entry, not per line.
        var lines = entry.lines();
        var values = String.join(", ", java.util.Collections.nCopies(lines.size(), "(?, ?, ?, ?, ?, ?)"));
        var params = new ArrayList<Object>();
        for (var i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            params.addAll(List.of(id, i + 1, line.account(), line.debit(), line.credit(), line.label()));
        }
        jdbc.sql("insert into finance.entry_line (entry, position, account, debit, credit, label) values " + values).params(params).update();
        jdbc.sql("update finance.chain set head = ? where id = 1").param(hash).update();
        return new Posted(id, entry.journal(), number, hash);
    }

    /** Reverses a validated entry in its journal on {@code on}; the original stays as it was. */
    @Transactional
    public Posted reverse(long entryId, LocalDate on, String accountant) {
        var original = read(entryId);
        var posted = jdbc.sql("select journal || '-' || number from finance.entry where id = ?").param(entryId).query(String.class).single();
        return post(original.reversal(on, posted), accountant, entryId);
    }

    /** Re-reads every entry in validation order and recomputes the chain. */
    public ChainCheck verify() {
        var ids = jdbc.sql("select id from finance.entry order by id").query(Long.class).list();
        var previous = "0".repeat(64);
        var checked = 0;
        for (var id : ids) {
            record Stored(String journal, int number, String previousHash, String hash) {}
            var stored = jdbc.sql("select journal, number, previous_hash as \"previousHash\", hash from finance.entry where id = ?")
                    .param(id).query(Stored.class).single();
            if (!stored.previousHash().equals(previous) || !LedgerHash.of(previous, stored.journal(), stored.number(), read(id)).equals(stored.hash())) {
                return new ChainCheck(checked, id);
            }
            previous = stored.hash();
            checked++;
        }
        var head = jdbc.sql("select head from finance.chain where id = 1").query(String.class).single();
        return new ChainCheck(checked, head.equals(previous) ? null : -1L);
    }

    /** Debit and credit totals per account over the entries validated up to {@code until}. */
    public List<Balance> trialBalance(LocalDate until) {
        return trialBalance(LocalDate.of(1, 1, 1), until);
    }

    /**
     * Debit and credit totals per account over the entries dated from {@code from} to {@code until},
     * read from the per-day balances the database keeps as lines are written (V5).
     */
    public List<Balance> trialBalance(LocalDate from, LocalDate until) {
        return jdbc.sql("""
                select account, sum(debit) as debit, sum(credit) as credit from finance.account_day
                where day between ? and ? group by account order by account""")
                .params(from, until).query(Balance.class).list();
    }

    /** One line of an account's general ledger, in validation order. */
    public record AccountLine(LocalDate date, String journal, int number, String label, String pieceRef, BigDecimal debit, BigDecimal credit) {}

    /** The general ledger of one account over a period: every line, in the order the entries were validated. */
    public List<AccountLine> accountLines(String account, LocalDate from, LocalDate until) {
        return jdbc.sql("""
                select e.entry_date as date, e.journal, e.number, l.label, e.piece_ref as "pieceRef", l.debit, l.credit
                from finance.entry_line l join finance.entry e on e.id = l.entry
                where l.account = ? and e.entry_date between ? and ? order by e.id, l.position limit 5000""")
                .params(account, from, until).query(AccountLine.class).list();
    }

    EntryDraft read(long id) {
        record Head(String journal, LocalDate entryDate, String label, String pieceRef) {}
        var head = jdbc.sql("select journal, entry_date as \"entryDate\", label, piece_ref as \"pieceRef\" from finance.entry where id = ?")
                .param(id).query(Head.class).single();
        var lines = jdbc.sql("select account, debit, credit, label from finance.entry_line where entry = ? order by position")
                .param(id).query(EntryDraft.Line.class).list();
        return new EntryDraft(head.journal(), head.entryDate(), head.label(), head.pieceRef(), lines);
    }

    /** Loads the chart of accounts once the migrations have run, in its own statements (no posting's transaction to roll it back). */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void loadChart() {
        if (chartLoaded.get()) {
            return;
        }
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (var in = new InputStreamReader(new ClassPathResource("finance/accounts.csv").getInputStream(), StandardCharsets.UTF_8);
             var csv = format.parse(in)) {
            for (var row : csv) {
                jdbc.sql("insert into finance.account (number, name_fr, name_en) values (?, ?, ?) on conflict (number) do update "
                                + "set name_fr = excluded.name_fr, name_en = excluded.name_en")
                        .params(row.get("number"), row.get("name_fr"), row.get("name_en")).update();
            }
        } catch (IOException e) {
            throw new IllegalStateException("finance/accounts.csv unreadable", e);
        }
        names = readAccountNames();
        chartLoaded.set(true);
    }

    /** Every account's French title, for reports: read once the chart is loaded (it changes only then). */
    public java.util.Map<String, String> accountNames() {
        var loaded = names;
        return loaded != null ? loaded : readAccountNames();
    }

    private java.util.Map<String, String> readAccountNames() {
        var read = new HashMap<String, String>();
        jdbc.sql("select number, name_fr from finance.account").query((rs, n) -> read.put(rs.getString(1), rs.getString(2))).list();
        return java.util.Map.copyOf(read);
    }
}

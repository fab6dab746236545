package org.podium.finance.internal.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.podium.catering.internal.stock.Store;
import org.podium.finance.internal.procurement.Requisitions;
import org.podium.support.PodiumIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The ledger on PostgreSQL: numbering without gaps, immutability, reversal, the hash chain and the trial balance. */
@PodiumIntegrationTest
class LedgerIntegrationTests {

    static final LocalDate DAY = LocalDate.of(2024, 7, 20);

    @Autowired Ledger ledger;
    @Autowired JdbcClient jdbc;
    @Autowired Store store;
    @Autowired Requisitions requisitions;

    static EntryDraft invoice(String ref, String net, String vat, String gross) {
        return new EntryDraft("ACH", DAY, "Eggs " + ref, ref, List.of(EntryDraft.Line.debit("601", net, "eggs"),
                EntryDraft.Line.debit("44566", vat, "VAT 5.5 %"), EntryDraft.Line.credit("401", gross, "poultry cooperative")));
    }

    @Test
    void numbersFollowEachOtherWithoutGapsAndRefusalsStoreNothing() {
        var first = ledger.post(invoice("F-100", "1000.00", "55.00", "1055.00"), "accountant");
        assertThatThrownBy(() -> ledger.post(invoice("F-101", "1000.00", "55.00", "1055.01"), "accountant"))
                .isInstanceOfSatisfying(Ledger.EntryRefused.class, e -> assertThat(e.reasons()).containsExactly("finance.refused.unbalanced"));
        assertThatThrownBy(() -> ledger.post(new EntryDraft("ACH", DAY, "x", "F-102", List.of(EntryDraft.Line.debit("999", "1.00", "x"),
                EntryDraft.Line.credit("401", "1.00", "x"))), "accountant"))
                .isInstanceOfSatisfying(Ledger.EntryRefused.class, e -> assertThat(e.reasons()).contains("finance.refused.account"));
        var second = ledger.post(invoice("F-103", "200.00", "11.00", "211.00"), "accountant");
        assertThat(second.number()).isEqualTo(first.number() + 1);
        assertThat(jdbc.sql("select count(*) from finance.entry where piece_ref in ('F-101', 'F-102')").query(Long.class).single()).isZero();
    }

    @Test
    void aValidatedEntryCannotChangeOnlyBeReversed() {
        var posted = ledger.post(invoice("F-200", "100.00", "5.50", "105.50"), "accountant");
        assertThatThrownBy(() -> jdbc.sql("update finance.entry_line set debit = 1 where entry = ? and position = 1").param(posted.id()).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("cannot be changed");
        assertThatThrownBy(() -> jdbc.sql("delete from finance.entry where id = ?").param(posted.id()).update())
                .isInstanceOf(DataAccessException.class);
        var reversal = ledger.reverse(posted.id(), DAY.plusDays(1), "accountant");
        var lines = jdbc.sql("select account, sum(debit) - sum(credit) from finance.entry_line where entry in (?, ?) group by account")
                .params(posted.id(), reversal.id()).query((rs, n) -> rs.getBigDecimal(2)).list();
        assertThat(lines).allSatisfy(net -> assertThat(net).isEqualByComparingTo(BigDecimal.ZERO));
        assertThat(ledger.verify().intact()).isTrue();
    }

    @Test
    void theChainFindsATamperedRow() {
        var posted = ledger.post(invoice("F-300", "300.00", "16.50", "316.50"), "accountant");
        assertThat(ledger.verify().intact()).isTrue();
        // Someone with the database's owner rights switches the guard off and edits an amount.
        jdbc.sql("alter table finance.entry_line disable trigger entry_line_immutable").update();
        try {
            jdbc.sql("update finance.entry_line set debit = 30.00 where entry = ? and position = 1").param(posted.id()).update();
            assertThat(ledger.verify().brokenAt()).isEqualTo(posted.id());
            jdbc.sql("update finance.entry_line set debit = 300.00 where entry = ? and position = 1").param(posted.id()).update();
        } finally {
            jdbc.sql("alter table finance.entry_line enable trigger entry_line_immutable").update();
        }
        assertThat(ledger.verify().intact()).isTrue();
    }

    @Test
    void theTrialBalanceBalances() {
        ledger.post(invoice("F-400", "80.00", "4.40", "84.40"), "accountant");
        var balance = ledger.trialBalance(LocalDate.of(2024, 12, 31));
        var debit = balance.stream().map(Ledger.Balance::debit).reduce(BigDecimal.ZERO, BigDecimal::add);
        var credit = balance.stream().map(Ledger.Balance::credit).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(debit).isEqualByComparingTo(credit).isPositive();
        // The balances the database keeps per day against the lines themselves.
        var fromLines = jdbc.sql("""
                select l.account, sum(l.debit) as debit, sum(l.credit) as credit from finance.entry_line l
                join finance.entry e on e.id = l.entry where e.entry_date <= '2024-12-31' group by l.account order by l.account""")
                .query(Ledger.Balance.class).list();
        assertThat(balance).usingRecursiveFieldByFieldElementComparator(org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration
                .builder().withComparatorForType(BigDecimal::compareTo, BigDecimal.class).build()).isEqualTo(fromLines);
    }

    @Test
    void theRestaurantsOrderBecomesARequisition() {
        var order = store.order("SUGAR", 500, DAY, "catering");
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(requisitions.all())
                .anySatisfy(r -> {
                    assertThat(r.sourceRef()).isEqualTo(Long.toString(order.request()));
                    assertThat(r.quantity()).isEqualTo(500.0);
                    assertThat(r.status()).isEqualTo("REQUESTED");
                }));
    }
}

package org.podium.finance.internal.procurement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.podium.audit.StaffActionPerformed;
import org.podium.finance.internal.ActionRefused;
import org.podium.finance.internal.identifiers.Identifiers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supplier file. Identifiers are checked on entry (SIRET by Luhn, French VAT key, IBAN mod 97,
 * BIC). Bank details change in two steps by two people, the classic defence against the supplier
 * IBAN fraud; each step is in the audit trail, which the SOC reads (a rule alerts on a change).
 */
@Service
public class Suppliers {

    public record Supplier(long id, String name, String siret, String vat, String iban, String bic, String createdBy,
                           @Nullable String bankRequestedBy, @Nullable String bankConfirmedBy,
                           @Nullable String pendingIban, @Nullable String pendingBic, @Nullable String pendingBy) {

        /** Who may not pay this supplier: whoever created it or asked for or confirmed its bank details. */
        public Set<String> cannotPay() {
            var people = new java.util.HashSet<String>();
            people.add(createdBy);
            if (bankRequestedBy != null) people.add(bankRequestedBy);
            if (bankConfirmedBy != null) people.add(bankConfirmedBy);
            return people;
        }

        /** The IBAN as printed, the country code and the check digits then groups of four. */
        public String ibanPrinted() {
            return iban.replaceAll("(.{4})(?!$)", "$1 ");
        }
    }

    private static final String COLUMNS = """
            id, name, siret, vat, iban, bic, created_by as "createdBy", bank_requested_by as "bankRequestedBy",
            bank_confirmed_by as "bankConfirmedBy", pending_iban as "pendingIban", pending_bic as "pendingBic", pending_by as "pendingBy"
            """;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Suppliers(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional
    public Supplier create(String name, String siret, String vat, String iban, String bic, String by) {
        var cleanSiret = siret.replace(" ", "");
        var cleanIban = iban.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        var cleanBic = bic.strip().toUpperCase(java.util.Locale.ROOT);
        var cleanVat = vat.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        var problems = new ArrayList<String>();
        if (name.isBlank() || name.length() > 70) problems.add("finance.supplier.name");
        if (!Identifiers.siret(cleanSiret)) problems.add("finance.supplier.siret");
        if (!vatMatches(cleanVat, cleanSiret)) problems.add("finance.supplier.vat");
        problems.addAll(bankProblems(cleanIban, cleanBic));
        if (problems.isEmpty() && jdbc.sql("select count(*) from finance.supplier where siret = ?").param(cleanSiret).query(Integer.class).single() > 0) {
            problems.add("finance.supplier.exists");
        }
        ActionRefused.unless(problems);
        var id = jdbc.sql("insert into finance.supplier (name, siret, vat, iban, bic, created_by) values (?, ?, ?, ?, ?, ?) returning id")
                .params(name.strip(), cleanSiret, cleanVat, cleanIban, cleanBic, by).query(Long.class).single();
        events.publishEvent(new StaffActionPerformed(by, "finance.supplier.created", "supplier:" + id, name.strip() + ", SIRET " + cleanSiret, Instant.now()));
        return find(id);
    }

    /** First step of a bank details change: kept aside until someone else confirms it. */
    @Transactional
    public Supplier requestBankChange(long id, String iban, String bic, String by) {
        var supplier = find(id);
        var cleanIban = iban.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        var cleanBic = bic.strip().toUpperCase(java.util.Locale.ROOT);
        ActionRefused.unless(bankProblems(cleanIban, cleanBic));
        jdbc.sql("update finance.supplier set pending_iban = ?, pending_bic = ?, pending_by = ? where id = ?")
                .params(cleanIban, cleanBic, by, id).update();
        events.publishEvent(new StaffActionPerformed(by, "finance.supplier.bank-change-requested", "supplier:" + id,
                supplier.name() + ": IBAN ending " + last4(cleanIban) + " asked for", Instant.now()));
        return find(id);
    }

    /** Second step: another person confirms; the new details apply and the SOC hears of it. */
    @Transactional
    public Supplier confirmBankChange(long id, String by) {
        var supplier = find(id);
        if (supplier.pendingIban() == null || supplier.pendingBy() == null) {
            throw new ActionRefused("finance.supplier.noPendingChange");
        }
        if (supplier.pendingBy().equals(by)) {
            throw new ActionRefused("finance.sod.confirmOwnChange");
        }
        jdbc.sql("""
                update finance.supplier set iban = pending_iban, bic = pending_bic, bank_requested_by = pending_by,
                       bank_confirmed_by = ?, pending_iban = null, pending_bic = null, pending_by = null where id = ?""")
                .params(by, id).update();
        events.publishEvent(new StaffActionPerformed(by, "finance.supplier.bank-changed", "supplier:" + id,
                supplier.name() + ": IBAN ending " + last4(supplier.iban()) + " replaced by one ending " + last4(supplier.pendingIban())
                        + ", asked by " + supplier.pendingBy(), Instant.now()));
        return find(id);
    }

    public Supplier find(long id) {
        return jdbc.sql("select " + COLUMNS + " from finance.supplier where id = ?").param(id).query(Supplier.class).optional()
                .orElseThrow(() -> new ActionRefused("finance.supplier.unknown"));
    }

    public List<Supplier> all() {
        return jdbc.sql("select " + COLUMNS + " from finance.supplier order by name").query(Supplier.class).list();
    }

    private static List<String> bankProblems(String iban, String bic) {
        var problems = new ArrayList<String>();
        if (!Identifiers.iban(iban)) problems.add("finance.supplier.iban");
        if (!bic.isEmpty() && !Identifiers.bic(bic)) problems.add("finance.supplier.bic");
        return problems;
    }

    /** No VAT number, a French one whose SIREN is the supplier's, or another member state's in its shape. */
    private static boolean vatMatches(String vat, String siret) {
        if (vat.isEmpty()) {
            return true;
        }
        if (vat.startsWith("FR")) {
            return Identifiers.frenchVat(vat) && siret.length() == 14 && vat.substring(4).equals(siret.substring(0, 9));
        }
        return vat.matches("[A-Z]{2}[0-9A-Z+*]{2,12}");
    }

    private static String last4(String iban) {
        return iban.substring(Math.max(0, iban.length() - 4));
    }
}

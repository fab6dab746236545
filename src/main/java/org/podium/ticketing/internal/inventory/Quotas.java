package org.podium.ticketing.internal.inventory;

import java.sql.Timestamp;
import java.time.Instant;

import org.podium.audit.StaffActionPerformed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.podium.ticketing.internal.SaleRefused;

/**
 * A session's quotas (partners and hospitality, held back for drops), set by a manager before
 * the session's sale starts: they decide which rows are on sale, so they cannot move under seats
 * already held or sold.
 */
@Component
public class Quotas {

    private final JdbcClient jdbc;
    private final Inventories inventories;
    private final ApplicationEventPublisher events;

    private final org.springframework.transaction.support.TransactionTemplate tx;

    public Quotas(JdbcClient jdbc, Inventories inventories, ApplicationEventPublisher events,
           org.springframework.transaction.support.TransactionTemplate tx) {
        this.tx = tx;
        this.jdbc = jdbc;
        this.inventories = inventories;
        this.events = events;
    }

    public void set(String session, double partnerShare, double heldBackShare, String actor) {
        if (partnerShare < 0 || partnerShare > 0.5 || heldBackShare < 0 || heldBackShare > 0.5) {
            throw new SaleRefused(SaleRefused.Kind.MALFORMED, "quotaShare");
        }
        var inventory = inventories.of(session);
        // Retired under its own lock, so no hold can slip in between the check and the change.
        if (!inventory.retireIfUntouched()) {
            throw new SaleRefused(SaleRefused.Kind.CONFLICT, "quotasAfterSaleStarted", session);
        }
        try {
            tx.executeWithoutResult(status -> {
            jdbc.sql("""
                    insert into ticketing.session_quota (session_code, partner_share, held_back_share, set_by, set_at)
                    values (:s, :p, :h, :by, :at)
                    on conflict (session_code) do update set partner_share = excluded.partner_share,
                        held_back_share = excluded.held_back_share, set_by = excluded.set_by, set_at = excluded.set_at""")
                    .param("s", session).param("p", partnerShare).param("h", heldBackShare).param("by", actor)
                    .param("at", Timestamp.from(Instant.now())).update();
            events.publishEvent(new StaffActionPerformed(actor, "ticketing.quotas.set", session,
                    "partners " + partnerShare + ", held back " + heldBackShare, Instant.now()));
            });
        } finally {
            // Rebuilt on next use with the quotas PostgreSQL holds, whether the write went through or not.
            inventories.forget(session);
        }
    }
}

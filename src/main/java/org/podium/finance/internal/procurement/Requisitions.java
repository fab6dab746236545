package org.podium.finance.internal.procurement;

import java.util.List;

import org.podium.catering.PurchaseRequested;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;

/**
 * Purchase requisitions, the first step of purchase-to-pay. The village restaurant's orders
 * ({@link PurchaseRequested}) arrive here; a redelivered event stores nothing twice (unique source
 * reference). Approval, purchase orders and invoices come next (issue #20).
 */
@Service
public class Requisitions {

    /** A requisition as stored. */
    public record Requisition(long id, String source, String sourceRef, String description, double quantity, String unit,
                              java.time.LocalDate neededBy, String supplier, String requestedBy, String status) {}

    private final JdbcClient jdbc;

    Requisitions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(PurchaseRequested order) {
        jdbc.sql("""
                insert into finance.requisition (source, source_ref, description, quantity, unit, needed_by, supplier, requested_by)
                values ('catering', ?, ?, ?, 'kg', ?, ?, ?) on conflict (source, source_ref) do nothing""")
                .params(Long.toString(order.request()), "Village restaurant: " + order.ingredient(), order.kg(), order.arrivesOn(),
                        order.supplier(), order.raisedBy())
                .update();
    }

    public List<Requisition> all() {
        return jdbc.sql("""
                select id, source, source_ref as "sourceRef", description, quantity, unit, needed_by as "neededBy", supplier,
                       requested_by as "requestedBy", status from finance.requisition order by id""").query(Requisition.class).list();
    }
}

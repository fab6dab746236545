package org.podium.finance.internal.procurement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.podium.audit.StaffActionPerformed;
import org.podium.finance.internal.ActionRefused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Purchase orders: a buyer orders from a supplier against a budget line; the number of approvers
 * is fixed at submission by the delegation-of-authority matrix (one more over budget); approvers
 * other than the buyer approve, each once; the last approval commits the budget. Goods and
 * services received are recorded against the order's lines.
 */
@Service
public class PurchaseOrders {

    /** A line as the buyer writes it. */
    public record LineDraft(String description, BigDecimal quantity, BigDecimal unitPrice) {}

    /** An order line with what has been received against it so far. */
    public record Line(int position, String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal received) {}

    public record Order(long id, @Nullable Long requisition, long supplier, String supplierName, String budgetLine, @Nullable String venue,
                        String description,
                        BigDecimal net, boolean overBudget, int approvalsNeeded, int approvals, String status, String orderedBy,
                        List<String> approvers, List<Line> lines) {

        public boolean fullyReceived() {
            return lines.stream().allMatch(l -> l.received().compareTo(l.quantity()) >= 0);
        }
    }

    private final JdbcClient jdbc;
    private final Budgets budgets;
    private final DelegationOfAuthority authority;
    private final Suppliers suppliers;
    private final ApplicationEventPublisher events;
    private final org.podium.games.Programme programme;

    PurchaseOrders(JdbcClient jdbc, Budgets budgets, DelegationOfAuthority authority, Suppliers suppliers, ApplicationEventPublisher events,
                   org.podium.games.Programme programme) {
        this.programme = programme;
        this.jdbc = jdbc;
        this.budgets = budgets;
        this.authority = authority;
        this.suppliers = suppliers;
        this.events = events;
    }

    @Transactional
    public Order order(@Nullable Long requisition, long supplierId, String budgetLine, String description, List<LineDraft> lines, String buyer) {
        return order(requisition, supplierId, budgetLine, null, description, lines, buyer);
    }

    /** An order for a venue (an analytic axis its invoices' entries carry), or for none. */
    @Transactional
    public Order order(@Nullable Long requisition, long supplierId, String budgetLine, @Nullable String venue, String description,
                       List<LineDraft> lines, String buyer) {
        var problems = new ArrayList<String>();
        if (venue != null && !venue.isBlank() && programme.venues().stream().noneMatch(v -> v.tag().equals(venue))) {
            problems.add("finance.order.venue");
        }
        if (description.isBlank() || description.length() > 140) problems.add("finance.order.description");
        if (lines.isEmpty() || lines.stream().anyMatch(l -> l.description().isBlank() || l.quantity().signum() <= 0
                || l.unitPrice().signum() < 0 || l.quantity().scale() > 2 || l.unitPrice().scale() > 4)) problems.add("finance.order.lines");
        ActionRefused.unless(problems);
        var supplier = suppliers.find(supplierId);
        // Locks the line so that two orders at once cannot both see the same money available.
        jdbc.sql("select code from finance.budget_line where code = ? for update").param(budgetLine).query(String.class).optional()
                .orElseThrow(() -> new ActionRefused("finance.budget.unknown"));
        var budget = budgets.of(budgetLine);
        if (requisition != null) {
            var updated = jdbc.sql("update finance.requisition set status = 'ORDERED' where id = ? and status in ('REQUESTED', 'APPROVED')")
                    .param(requisition).update();
            if (updated == 0) throw new ActionRefused("finance.order.requisition");
        }
        var net = lines.stream().map(l -> l.quantity().multiply(l.unitPrice())).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_EVEN);
        if (net.signum() <= 0) throw new ActionRefused("finance.order.lines");
        var overBudget = net.compareTo(budget.available()) > 0;
        var needed = authority.approvalsFor(net, overBudget);
        var id = jdbc.sql("""
                insert into finance.purchase_order (requisition, supplier, budget_line, description, net, over_budget, approvals_needed, ordered_by,
                    venue) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(requisition, supplier.id(), budgetLine, description.strip(), net, overBudget, needed, buyer,
                        venue == null || venue.isBlank() ? null : venue).query(Long.class).single();
        var position = 1;
        for (var line : lines) {
            jdbc.sql("insert into finance.purchase_order_line (purchase_order, position, description, quantity, unit_price) values (?, ?, ?, ?, ?)")
                    .params(id, position++, line.description().strip(), line.quantity(), line.unitPrice()).update();
        }
        events.publishEvent(new StaffActionPerformed(buyer, "finance.order.submitted", "order:" + id,
                supplier.name() + ", EUR " + net.toPlainString() + (overBudget ? ", over budget" : "") + ", " + needed + " approval(s)", Instant.now()));
        return find(id);
    }

    /** One approver's approval; the order is approved when it has as many as it needs. */
    @Transactional
    public Order approve(long id, String approver) {
        var order = lock(id);
        if (!order.status().equals("SUBMITTED")) throw new ActionRefused("finance.order.notSubmitted");
        if (order.orderedBy().equals(approver)) throw new ActionRefused("finance.sod.approveOwnOrder");
        if (order.approvers().contains(approver)) throw new ActionRefused("finance.order.alreadyApproved");
        jdbc.sql("insert into finance.approval (purchase_order, approver) values (?, ?)").params(id, approver).update();
        var approved = order.approvals() + 1 >= order.approvalsNeeded();
        if (approved) {
            jdbc.sql("update finance.purchase_order set status = 'APPROVED' where id = ?").param(id).update();
        }
        events.publishEvent(new StaffActionPerformed(approver, approved ? "finance.order.approved" : "finance.order.approval", "order:" + id,
                (order.approvals() + 1) + " of " + order.approvalsNeeded() + " approval(s)", Instant.now()));
        return find(id);
    }

    @Transactional
    public Order reject(long id, String approver) {
        var order = lock(id);
        if (!order.status().equals("SUBMITTED")) throw new ActionRefused("finance.order.notSubmitted");
        jdbc.sql("update finance.purchase_order set status = 'REJECTED' where id = ?").param(id).update();
        events.publishEvent(new StaffActionPerformed(approver, "finance.order.rejected", "order:" + id, order.description(), Instant.now()));
        return find(id);
    }

    /** Goods or services received against one line of an approved order. */
    @Transactional
    public Order receive(long id, int position, BigDecimal quantity, LocalDate on, String by) {
        var order = lock(id);
        if (!order.status().equals("APPROVED")) throw new ActionRefused("finance.order.notApproved");
        if (order.lines().stream().noneMatch(l -> l.position() == position)) throw new ActionRefused("finance.order.line");
        if (quantity.signum() <= 0 || quantity.scale() > 2) throw new ActionRefused("finance.order.quantity");
        jdbc.sql("insert into finance.receipt (purchase_order, position, quantity, received_by, received_on) values (?, ?, ?, ?, ?)")
                .params(id, position, quantity, by, on).update();
        events.publishEvent(new StaffActionPerformed(by, "finance.order.received", "order:" + id,
                "line " + position + ": " + quantity.toPlainString() + " received on " + on, Instant.now()));
        return find(id);
    }

    public Order find(long id) {
        return all("where o.id = ?", id).stream().findFirst().orElseThrow(() -> new ActionRefused("finance.order.unknown"));
    }

    public List<Order> inStatus(String status) {
        return all("where o.status = ?", status);
    }

    public List<Order> recent() {
        return all("", null);
    }

    private Order lock(long id) {
        jdbc.sql("select id from finance.purchase_order where id = ? for update").param(id).query(Long.class).optional()
                .orElseThrow(() -> new ActionRefused("finance.order.unknown"));
        return find(id);
    }

    private List<Order> all(String where, @Nullable Object param) {
        record Head(long id, @Nullable Long requisition, long supplier, String supplierName, String budgetLine, @Nullable String venue,
                    String description,
                    BigDecimal net, boolean overBudget, int approvalsNeeded, String status, String orderedBy) {}
        var sql = jdbc.sql("""
                select o.id, o.requisition, o.supplier, s.name as "supplierName", o.budget_line as "budgetLine", o.venue, o.description, o.net,
                       o.over_budget as "overBudget", o.approvals_needed as "approvalsNeeded", o.status, o.ordered_by as "orderedBy"
                from finance.purchase_order o join finance.supplier s on s.id = o.supplier %s order by o.id desc limit 200""".formatted(where));
        var heads = (param == null ? sql : sql.param(param)).query(Head.class).list();
        return heads.stream().map(h -> {
            var approvers = jdbc.sql("select approver from finance.approval where purchase_order = ? order by approved_at")
                    .param(h.id()).query(String.class).list();
            var lines = jdbc.sql("""
                    select l.position, l.description, l.quantity, l.unit_price as "unitPrice",
                           coalesce((select sum(r.quantity) from finance.receipt r where r.purchase_order = l.purchase_order
                                     and r.position = l.position), 0) as received
                    from finance.purchase_order_line l where l.purchase_order = ? order by l.position""").param(h.id()).query(Line.class).list();
            return new Order(h.id(), h.requisition(), h.supplier(), h.supplierName(), h.budgetLine(), h.venue(), h.description(), h.net(),
                    h.overBudget(),
                    h.approvalsNeeded(), approvers.size(), h.status(), h.orderedBy(), approvers, lines);
        }).toList();
    }
}

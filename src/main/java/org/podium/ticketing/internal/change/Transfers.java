package org.podium.ticketing.internal.change;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.podium.accounts.FanAccounts;
import org.podium.accounts.FanId;
import org.podium.platform.NotFound;
import org.podium.ticketing.TicketChangedHands;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.podium.ticketing.internal.sale.FanTallies;
import org.podium.ticketing.internal.order.Orders;
import org.podium.ticketing.internal.SaleRefused;

/**
 * Giving a ticket to another fan account: the offer waits for the receiver to accept it (and
 * may be cancelled until then); on acceptance the receiver's caps apply, the ticket is theirs
 * and the sender's code stops working. An offer to an address no account has yet is taken the
 * same way and waits for whoever registers with it: the sender learns nothing of who has an account.
 */
@Component
public class Transfers {

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final OwnedTickets owned;
    private final FanTallies tallies;
    private final FanAccounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final org.podium.ticketing.internal.VerifiedBuyers buyers;

    public Transfers(JdbcClient jdbc, TransactionTemplate tx, OwnedTickets owned, FanTallies tallies, FanAccounts accounts,
              ApplicationEventPublisher events, Clock clock, org.podium.ticketing.internal.VerifiedBuyers buyers) {
        this.buyers = buyers;
        this.jdbc = jdbc;
        this.tx = tx;
        this.owned = owned;
        this.tallies = tallies;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    public record Transfer(UUID id, UUID ticket, String session, String seat, String toEmail, String status, Instant createdAt) {
    }

    /** Syntax only (RFC 5321 lengths, one @, a dot in the domain): whether an account has it is not said. */
    private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile("^[^@\\s\\x00-\\x1f]{1,64}@[^@\\s\\x00-\\x1f]+\\.[^@\\s\\x00-\\x1f]+$");

    public Transfer offer(FanId from, UUID ticket, String toEmail) {
        var address = toEmail == null ? "" : toEmail.trim().toLowerCase(java.util.Locale.ROOT);
        if (address.length() > 254 || !ADDRESS.matcher(address).matches()) {
            throw new SaleRefused(SaleRefused.Kind.MALFORMED, "receiverAddress");
        }
        var receiver = accounts.findByEmail(address);
        if (receiver.isPresent() && receiver.get().id().equals(from)) {
            throw new SaleRefused(SaleRefused.Kind.MALFORMED, "transferToSelf");
        }
        var id = UUID.randomUUID();
        try {
            tx.executeWithoutResult(status -> {
                var ticketRow = owned.lockChangeable(from, ticket, Duration.ZERO, "Transfer");
                refuseIfListed(ticket);
                jdbc.sql("""
                        insert into ticketing.ticket_transfer (id, ticket_id, from_fan, to_email, to_fan, status, created_at)
                        values (:id, :ticket, :from, :email, :to, 'PENDING', :now)""")
                        .param("id", id).param("ticket", ticketRow.id()).param("from", from.value())
                        .param("email", address).param("to", receiver.map(r -> r.id().value()).orElse(null))
                        .param("now", Timestamp.from(clock.instant())).update();
            });
        } catch (DuplicateKeyException e) {
            throw new SaleRefused(SaleRefused.Kind.CONFLICT, "transferPending", ticket);
        }
        return find(id);
    }

    public void cancel(FanId from, UUID transfer) {
        decide(transfer, TransferStatus.CANCELLED, t -> t.from().equals(from));
    }

    public void decline(FanId to, UUID transfer) {
        decide(transfer, TransferStatus.DECLINED, t -> isFor(t, to));
    }

    /** The offer's receiver: the account it named, or the account that now has the address it was sent to. */
    private boolean isFor(Pending pending, FanId fan) {
        if (pending.to() != null) {
            return pending.to().equals(fan);
        }
        return accounts.find(fan).map(f -> f.email().equals(pending.toEmail())).orElse(false);
    }

    /** The receiver takes the ticket under their own name, within their caps. */
    public void accept(FanId to, UUID transfer, String holderName) {
        buyers.check(to);
        var name = Orders.holderName(holderName);
        var counted = new String[1];
        Object[] offer;
        try {
            offer = accept(to, transfer, name, counted);
        } catch (RuntimeException e) {
            // The transaction did not commit: the receiver's caps must not keep counting the ticket.
            if (counted[0] != null) {
                tallies.giveBack(to, Map.of(counted[0], 1));
            }
            throw e;
        }
        tallies.giveBack((FanId) offer[0], Map.of((String) offer[1], 1));
    }

    private Object[] accept(FanId to, UUID transfer, String name, String[] counted) {
        return tx.execute(status -> {
            var pending = lockPending(transfer);
            if (!isFor(pending, to)) {
                throw new NotFound("transfer", transfer.toString());
            }
            jdbc.sql("update ticketing.ticket_transfer set to_fan = :to where id = :id").param("to", to.value()).param("id", transfer).update();
            var ticket = owned.lockChangeable(pending.from(), pending.ticket(), Duration.ZERO, "Transfer");
            // The caps count before anything is written; a refusal leaves the offer pending.
            tallies.reserve(to, Map.of(ticket.session(), 1));
            counted[0] = ticket.session();
            jdbc.sql("update ticketing.ticket set fan_id = :to, holder_name = :name where id = :id")
                    .param("to", to.value()).param("name", name).param("id", ticket.id()).update();
            setStatus(transfer, TransferStatus.ACCEPTED);
            events.publishEvent(new TicketChangedHands(ticket.id(), ticket.session(), pending.from(), to, name,
                    TicketChangedHands.How.TRANSFER, clock.instant()));
            return new Object[] {pending.from(), ticket.session()};
        });
    }

    /** Offers the fan made that are still waiting, and offers made to them. */
    public List<Transfer> outgoing(FanId fan) {
        return list("t.from_fan = :fan and t.status = 'PENDING'", fan);
    }

    public List<Transfer> incoming(FanId fan) {
        var email = accounts.find(fan).map(org.podium.accounts.Fan::email).orElse("");
        return jdbc.sql(SELECT + " where t.status = 'PENDING' and (t.to_fan = :fan or (t.to_fan is null and t.to_email = :email))"
                        + " order by t.created_at")
                .param("fan", fan.value()).param("email", email).query(Transfers::row).list();
    }

    public Transfer find(UUID id) {
        return jdbc.sql(SELECT + " where t.id = :id").param("id", id).query(Transfers::row).optional()
                .orElseThrow(() -> new NotFound("transfer", id.toString()));
    }

    private static final String SELECT = """
            select t.id, t.ticket_id, k.session_code, k.seat_id, t.to_email, t.status, t.created_at
            from ticketing.ticket_transfer t join ticketing.ticket k on k.id = t.ticket_id""";

    private List<Transfer> list(String where, FanId fan) {
        return jdbc.sql(SELECT + " where " + where + " order by t.created_at").param("fan", fan.value()).query(Transfers::row).list();
    }

    private static Transfer row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Transfer(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant());
    }

    /** {@code to} is null for an offer made to an address before its account existed: {@code toEmail} names the receiver. */
    private record Pending(UUID ticket, FanId from, @org.jspecify.annotations.Nullable FanId to, String toEmail) {
    }

    private Pending lockPending(UUID transfer) {
        var pending = jdbc.sql("select ticket_id, from_fan, to_fan, status, to_email from ticketing.ticket_transfer where id = :id for update")
                .param("id", transfer)
                .query((rs, n) -> new Object[] {new Pending(rs.getObject(1, UUID.class), new FanId(rs.getObject(2, UUID.class)),
                        rs.getObject(3) == null ? null : new FanId(rs.getObject(3, UUID.class)), rs.getString(5)), rs.getString(4)})
                .optional().orElseThrow(() -> new NotFound("transfer", transfer.toString()));
        if (!TransferStatus.valueOf((String) pending[1]).canBecome(TransferStatus.ACCEPTED)) {
            throw new SaleRefused(SaleRefused.Kind.CONFLICT, "transferDone", transfer, pending[1]);
        }
        return (Pending) pending[0];
    }

    private void decide(UUID transfer, TransferStatus outcome, java.util.function.Predicate<Pending> allowed) {
        tx.executeWithoutResult(status -> {
            var pending = lockPending(transfer);
            if (!allowed.test(pending)) {
                throw new NotFound("transfer", transfer.toString());
            }
            setStatus(transfer, outcome);
        });
    }

    private void setStatus(UUID transfer, TransferStatus outcome) {
        jdbc.sql("update ticketing.ticket_transfer set status = :outcome, decided_at = :now where id = :id")
                .param("outcome", outcome.name()).param("now", Timestamp.from(clock.instant())).param("id", transfer).update();
    }

    /** Inside a refund's transaction: offers of its tickets still waiting are cancelled; they cannot be accepted any more. */
    public int cancelPendingOf(List<UUID> tickets) {
        return jdbc.sql("""
                update ticketing.ticket_transfer set status = 'CANCELLED', decided_at = :now
                where ticket_id in (:tickets) and status = 'PENDING'""")
                .param("now", Timestamp.from(clock.instant())).param("tickets", tickets).update();
    }

    private void refuseIfListed(UUID ticket) {
        var listed = jdbc.sql("select count(*) from ticketing.resale_listing where ticket_id = :t and status in ('LISTED', 'RESERVED')")
                .param("t", ticket).query(Integer.class).single();
        if (listed > 0) {
            throw new SaleRefused(SaleRefused.Kind.CONFLICT, "onResale", ticket);
        }
    }
}

package org.podium.gates.internal;

import org.podium.platform.Ed25519;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.podium.accounts.Fan;
import org.podium.accounts.FanAccounts;
import org.podium.games.ClockSetting;
import org.podium.games.GamesClock;
import org.podium.support.PodiumIntegrationTest;
import org.podium.ticketing.internal.TicketingTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A refund is complete at the gates: the ticket's code is refused by a scanner that synced after
 * the refund, the wallet no longer shows it, and a supervisor cannot let it in by identity check.
 */
@PodiumIntegrationTest
class RefundAtTheGatesTests {

    private static final String VENUE = "stade-de-france";

    @Autowired TicketingTestSupport ticketing;
    @Autowired FanAccounts accounts;
    @Autowired WalletTickets wallet;
    @Autowired GateSessions sessions;
    @Autowired GamesClock clock;

    private ClockSetting before;

    @BeforeEach
    void keepClock() {
        before = clock.setting();
    }

    @AfterEach
    void restoreClock() {
        clock.set(before, "refund-tests");
    }

    private Fan fan(String name) {
        return ticketing.newFan(name);
    }

    @Test
    void aRefundedTicketIsRefusedAsRevokedByAScannerThatSyncedAfterTheRefund() {
        var ada = fan("Ada Lovelace");
        var bought = ticketing.paidOrder(VENUE, ada.id(), 1, "Ada Lovelace");
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> wallet.of(ada.id()).size() == 1);
        var device = Ed25519.generate();
        var ticketId = bought.tickets().getFirst();
        wallet.bindDevice(ada.id(), ticketId, Ed25519.raw(device.getPublic()));
        clock.simulate(bought.session().startsAt().minus(Duration.ofHours(1)), 1, "refund-tests");
        var ticket = wallet.of(ada.id()).getFirst();
        var code = code(ticket, device);
        assertThat(atItsEntrance(ticket, code).admitted()).as("before the refund").isTrue();

        var refundedAt = Instant.now();
        assertThat(ticketing.refund(bought.order(), "session moved", "manager")).isEqualTo("REFUNDED");
        Awaitility.await().pollInterval(Duration.ofMillis(10)).atMost(Duration.ofSeconds(10))
                .until(() -> !sessions.bundle(ticket.session(), refundedAt.minusSeconds(1)).revoked().isEmpty());
        System.out.printf("Refund commit -> revocation in an online scanner's bundle: %d ms%n",
                Duration.between(refundedAt, Instant.now()).toMillis());

        var decision = atItsEntrance(ticket, code(ticket, device));
        assertThat(decision.admitted()).isFalse();
        assertThat(decision.refusal()).isEqualTo(Refusal.REVOKED);
        assertThat(wallet.of(ada.id())).as("the wallet no longer shows it").isEmpty();
    }

    @Test
    void anIdentityCheckDoesNotAdmitARefundedTicketNorOneOfAnotherSessionNorOutsideTheEntryWindow() {
        var ada = fan("Ada Lovelace");
        var bought = ticketing.paidOrder(VENUE, ada.id(), 2, "Ada Lovelace");
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> wallet.of(ada.id()).size() == 2);
        var session = bought.session();
        var kept = bought.tickets().get(1);
        clock.simulate(session.startsAt().minus(Duration.ofHours(5)), 1, "refund-tests");

        assertThatThrownBy(() -> sessions.admitByIdentityCheck(session.code(), "B2", kept, "PASSPORT", null, "supervisor"))
                .as("five hours before the session, two before its gates open").isInstanceOfSatisfying(AdmissionRefused.class,
                        e -> assertThat(e.refusal()).isEqualTo(Refusal.NOT_YET_VALID));
        clock.simulate(session.endsAt().plus(Duration.ofMinutes(5)), 1, "refund-tests");
        assertThatThrownBy(() -> sessions.admitByIdentityCheck(session.code(), "B2", kept, "PASSPORT", null, "supervisor"))
                .as("after the session").isInstanceOfSatisfying(AdmissionRefused.class,
                        e -> assertThat(e.refusal()).isEqualTo(Refusal.EXPIRED));

        clock.simulate(session.startsAt().minus(Duration.ofHours(1)), 1, "refund-tests");
        var other = ticketing.paidOrder("porte-de-la-chapelle-arena", ada.id(), 1, "Ada Lovelace");
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> wallet.find(other.tickets().getFirst()) != null);
        assertThatThrownBy(() -> sessions.admitByIdentityCheck(session.code(), "B2", other.tickets().getFirst(), "PASSPORT", null,
                "supervisor")).isInstanceOfSatisfying(AdmissionRefused.class,
                e -> assertThat(e.refusal()).isEqualTo(Refusal.WRONG_SESSION));

        ticketing.refund(bought.order(), "holder asked", "manager");
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> wallet.revokedFor(kept) != null);
        assertThatThrownBy(() -> sessions.admitByIdentityCheck(session.code(), "B2", kept, "PASSPORT", null, "supervisor"))
                .isInstanceOfSatisfying(AdmissionRefused.class, e -> {
                    assertThat(e.refusal()).isEqualTo(Refusal.REVOKED);
                    assertThat(e.getMessage()).contains("REFUNDED");
                });
    }

    private String code(WalletTickets.WalletTicket ticket, KeyPair device) {
        return TestTickets.code(CredentialCodec.fromBase64(ticket.credential()), clock.now(), device);
    }

    private GateCheck.Decision atItsEntrance(WalletTickets.WalletTicket ticket, String code) {
        return sessions.check(ticket.session(), ticket.entrance()).check(code, clock.now(), t -> 0);
    }
}

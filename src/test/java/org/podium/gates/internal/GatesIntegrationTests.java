package org.podium.gates.internal;

import org.podium.platform.Ed25519;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.podium.accounts.Fan;
import org.podium.accounts.FanAccounts;
import org.podium.games.ClockSetting;
import org.podium.games.GamesClock;
import org.podium.gates.DoubleEntryDetected;
import org.podium.support.PodiumIntegrationTest;
import org.podium.ticketing.internal.TicketingTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/**
 * Tickets from paid orders to the gate, on PostgreSQL through the real events: codes released
 * three hours before, bound to the holder's device; transfers and resales revoke the old code;
 * uploads are idempotent and reveal double entries.
 */
@PodiumIntegrationTest
@org.springframework.test.context.event.RecordApplicationEvents
class GatesIntegrationTests {

    private static final String VENUE = "stade-de-france";

    @Autowired TicketingTestSupport ticketing;
    @Autowired FanAccounts accounts;
    @Autowired WalletTickets wallet;
    @Autowired GateSessions sessions;
    @Autowired Scans scans;
    @Autowired GamesClock clock;
    @Autowired GatesProperties properties;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired org.springframework.test.context.event.ApplicationEvents events;

    private ClockSetting before;

    @BeforeEach
    void keepClock() {
        before = clock.setting();
    }

    @AfterEach
    void restoreClock() {
        clock.set(before, "gates-tests");
    }

    private Fan fan(String name) {
        return ticketing.newFan(name);
    }

    private List<WalletTickets.WalletTicket> walletOf(Fan fan, int expected) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> wallet.of(fan.id()).size() == expected);
        return wallet.of(fan.id());
    }

    private void gatesOpenFor(TicketingTestSupport.Bought bought) {
        clock.simulate(bought.session().startsAt().minus(Duration.ofHours(1)), 1, "gates-tests");
    }

    private String code(WalletTickets.WalletTicket ticket, KeyPair device) {
        return TestTickets.code(CredentialCodec.fromBase64(ticket.credential()), clock.now(), device);
    }

    private GateCheck.Decision atItsEntrance(WalletTickets.WalletTicket ticket, String code) {
        return sessions.check(ticket.session(), ticket.entrance()).check(code, clock.now(), t -> 0);
    }

    @Test
    void aPaidTicketGetsItsCodeThreeHoursBeforeItsSessionBoundToTheHoldersDevice() {
        var ada = fan("Ada Lovelace");
        var bought = ticketing.paidOrder(VENUE, ada.id(), 2, "Ada Lovelace");
        var device = Ed25519.generate();

        var tickets = walletOf(ada, 2);
        var bound = wallet.bindDevice(ada.id(), tickets.getFirst().ticket(), Ed25519.raw(device.getPublic()));
        assertThat(bound.credential()).as("more than a day before the session").isNull();
        assertThat(bound.releasedAt()).isEqualTo(bought.session().startsAt().minus(Duration.ofHours(3)));

        gatesOpenFor(bought);
        var ticket = wallet.of(ada.id()).stream().filter(t -> t.ticket().equals(bound.ticket())).findFirst().orElseThrow();
        assertThat(ticket.credential()).isNotNull();
        var credential = CredentialCodec.decode(CredentialCodec.fromBase64(ticket.credential())).orElseThrow().credential();
        assertThat(credential.ticket()).isEqualTo(ticket.ticket());
        assertThat(credential.session()).isEqualTo(bought.session().code());
        assertThat(credential.version()).isEqualTo(1);
        assertThat(credential.entrance()).isEqualTo(properties.entranceOf(ticket.seat()));
        assertThat(atItsEntrance(ticket, code(ticket, device)).admitted()).isTrue();
        assertThat(wallet.of(ada.id()).stream().filter(t -> !t.ticket().equals(bound.ticket())).findFirst().orElseThrow().credential())
                .as("a ticket without a bound device has no code").isNull();
    }

    @Test
    void aBindingToANewPhoneRevokesTheCodeOfTheOldOne() {
        var ada = fan("Ada Lovelace");
        var bought = ticketing.paidOrder(VENUE, ada.id(), 1, "Ada Lovelace");
        var ticketId = walletOf(ada, 1).getFirst().ticket();
        var oldPhone = Ed25519.generate();
        wallet.bindDevice(ada.id(), ticketId, Ed25519.raw(oldPhone.getPublic()));
        gatesOpenFor(bought);
        var oldCode = code(wallet.of(ada.id()).getFirst(), oldPhone);

        var newPhone = Ed25519.generate();
        var rebound = wallet.bindDevice(ada.id(), ticketId, Ed25519.raw(newPhone.getPublic()));

        assertThat(rebound.version()).isEqualTo(2);
        assertThat(atItsEntrance(rebound, oldCode).refusal()).isEqualTo(Refusal.REVOKED);
        assertThat(atItsEntrance(rebound, code(rebound, newPhone)).admitted()).isTrue();
    }

    @Test
    void aScannerThatSyncedBeforeDownloadsOnlyTheRevocationsSinceThen() {
        var ada = fan("Ada Lovelace");
        var bought = ticketing.paidOrder(VENUE, ada.id(), 1, "Ada Lovelace");
        var ticketId = walletOf(ada, 1).getFirst().ticket();
        var session = bought.session().code();
        wallet.bindDevice(ada.id(), ticketId, Ed25519.raw(Ed25519.generate().getPublic()));
        wallet.bindDevice(ada.id(), ticketId, Ed25519.raw(Ed25519.generate().getPublic()));
        var full = sessions.bundle(session);
        assertThat(full.complete()).isTrue();
        assertThat(full.revoked()).extracting(r -> r.get("key")).contains(GateCheck.revocationKey(ticketId, 1));

        wallet.bindDevice(ada.id(), ticketId, Ed25519.raw(Ed25519.generate().getPublic()));
        var delta = sessions.bundle(session, full.issuedAt());

        assertThat(delta.complete()).isFalse();
        assertThat(delta.revoked()).extracting(r -> r.get("key")).containsExactly(GateCheck.revocationKey(ticketId, 2));
        assertThat(delta.keys()).isEqualTo(full.keys());
    }

    @Test
    void aKeyRotationSignsNewCodesWithTheNewKeyAndRetiringTheOldOnesVoidsTheirCodes() throws Exception {
        var ada = fan("Ada Lovelace");
        var bought = ticketing.paidOrder(VENUE, ada.id(), 1, "Ada Lovelace");
        var ticketId = walletOf(ada, 1).getFirst().ticket();
        var phone = Ed25519.generate();
        wallet.bindDevice(ada.id(), ticketId, Ed25519.raw(phone.getPublic()));
        gatesOpenFor(bought);
        var before = wallet.of(ada.id()).getFirst();
        var oldCode = code(before, phone);

        var added = sessions.rotateKey(bought.session().code(), false, "supervisor");
        var after = wallet.of(ada.id()).getFirst();
        assertThat(CredentialCodec.decode(CredentialCodec.fromBase64(after.credential())).orElseThrow().credential().keyId())
                .isEqualTo(added.keyId());
        assertThat(atItsEntrance(before, oldCode).admitted()).as("older keys stay published").isTrue();

        sessions.rotateKey(bought.session().code(), true, "supervisor");
        assertThat(atItsEntrance(before, oldCode).refusal()).isEqualTo(Refusal.UNKNOWN_KEY);
        var current = wallet.of(ada.id()).getFirst();
        assertThat(atItsEntrance(current, code(current, phone)).admitted()).isTrue();

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/gates/sessions/{s}/keys",
                        bought.session().code()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].algorithm").value("Ed25519"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/staff/gates/operations/{s}",
                        bought.session().code()).with(user("supervisor").roles("GATE_STAFF")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.containsString("Seats (capacity)")));
    }

    @Test
    void anAcceptedTransferRevokesTheSendersCodeAndTheReceiverGetsANewVersion() throws Exception {
        var ada = fan("Ada Lovelace");
        var grace = fan("Grace Hopper");
        var bought = ticketing.paidOrder(VENUE, ada.id(), 1, "Ada Lovelace");
        var ticketId = walletOf(ada, 1).getFirst().ticket();
        var phone = Ed25519.generate();
        wallet.bindDevice(ada.id(), ticketId, Ed25519.raw(phone.getPublic()));

        var offered = mvc.perform(post("/api/fan/tickets/{id}/transfer", ticketId).with(user(ada.email()).roles("FAN")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"email\":\"" + grace.email() + "\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("PENDING"))
                .andReturn().getResponse().getContentAsString();
        String transfer = JsonPath.read(offered, "$.id");
        assertThat(wallet.of(ada.id())).as("still the sender's until accepted").hasSize(1);

        mvc.perform(post("/api/fan/transfers/{id}/accept", transfer).with(user(grace.email()).roles("FAN")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"holderName\":\"Grace Hopper\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACCEPTED"));

        var received = walletOf(grace, 1).getFirst();
        assertThat(wallet.of(ada.id())).isEmpty();
        assertThat(received.version()).isEqualTo(2);
        assertThat(received.holder()).isEqualTo("Grace Hopper");
        assertThat(received.deviceKey()).as("the receiver binds their own phone").isNull();
        assertThat(wallet.revocations(bought.session().code())).extracting(WalletTickets.Revoked::key)
                .contains(GateCheck.revocationKey(ticketId, 1));

        gatesOpenFor(bought);
        var sendersCode = TestTickets.code(CredentialCodec.sign(new TicketCredential(sessionsKey(bought), ticketId, 1,
                        received.releasedAt(), bought.session().endsAt(), CredentialCodec.fingerprint(Ed25519.raw(phone.getPublic())),
                        bought.session().code(), received.entrance(), received.seat()), signingKey(bought)),
                clock.now(), phone);
        assertThat(atItsEntrance(received, sendersCode).refusal()).isEqualTo(Refusal.REVOKED);
        var gracesPhone = Ed25519.generate();
        var bound = wallet.bindDevice(grace.id(), ticketId, Ed25519.raw(gracesPhone.getPublic()));
        assertThat(atItsEntrance(bound, code(bound, gracesPhone)).admitted()).isTrue();
    }

    @Test
    void aReceiverAtTheSessionCapCannotAcceptAndTheOfferStaysPending() throws Exception {
        var ada = fan("Ada Lovelace");
        var grace = fan("Grace Hopper");
        var bought = ticketing.paidOrder(VENUE, ada.id(), 1, "Ada Lovelace");
        ticketing.paidOrder(VENUE, grace.id(), 6, "Grace Hopper");
        var ticketId = walletOf(ada, 1).getFirst().ticket();
        var offered = mvc.perform(post("/api/fan/tickets/{id}/transfer", ticketId).with(user(ada.email()).roles("FAN")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"email\":\"" + grace.email() + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String transfer = JsonPath.read(offered, "$.id");

        mvc.perform(post("/api/fan/transfers/{id}/accept", transfer).with(user(grace.email()).roles("FAN")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"holderName\":\"Grace Hopper\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://podium.example/problems/sale-cap-exceeded"))
                .andExpect(jsonPath("$.session").value(bought.session().code()));

        assertThat(jdbc.sql("select status from ticketing.ticket_transfer where id = :id").param("id", UUID.fromString(transfer))
                .query(String.class).single()).isEqualTo("PENDING");
        assertThat(wallet.of(ada.id())).hasSize(1);
    }

    @Autowired SigningKeys keys;

    private int sessionsKey(TicketingTestSupport.Bought bought) {
        return keys.signing(bought.session().code()).id();
    }

    private java.security.PrivateKey signingKey(TicketingTestSupport.Bought bought) {
        return keys.signing(bought.session().code()).privateKey();
    }

    @Test
    void aResaleAtAnotherPriceThanFaceValueIsRefusedAndAtFaceValueTheBuyerGetsTheTicketAndTheSellerTheMoney() throws Exception {
        var ada = fan("Ada Lovelace");
        var alan = fan("Alan Turing");
        var bought = ticketing.paidOrder(VENUE, ada.id(), 1, "Ada Lovelace");
        var ticket = walletOf(ada, 1).getFirst();
        var face = jdbc.sql("select price_cents from ticketing.ticket where id = :id").param("id", ticket.ticket()).query(Integer.class).single();

        mvc.perform(post("/api/fan/tickets/{id}/resale", ticket.ticket()).with(user(ada.email()).roles("FAN")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"priceCents\":" + (face + 1000) + "}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.type").value("https://podium.example/problems/sale-not-face-value"))
                .andExpect(jsonPath("$.faceValueCents").value(face));
        var listed = mvc.perform(post("/api/fan/tickets/{id}/resale", ticket.ticket()).with(user(ada.email()).roles("FAN")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"priceCents\":" + face + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String listing = JsonPath.read(listed, "$.id");

        var bought2 = mvc.perform(post("/api/fan/resale/{id}/buy", listing).with(user(alan.email()).roles("FAN")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"holderName\":\"Alan Turing\"}"))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        var order = UUID.fromString(JsonPath.read(bought2, "$.order"));
        ticketing.confirmPayment(order);

        var received = walletOf(alan, 1).getFirst();
        assertThat(received.ticket()).isEqualTo(ticket.ticket());
        assertThat(received.version()).isEqualTo(2);
        assertThat(wallet.of(ada.id())).isEmpty();
        assertThat(jdbc.sql("select total_cents from ticketing.ticket_order where id = :id").param("id", order).query(Integer.class).single())
                .as("no mark-up, no fee by default").isEqualTo(face);
        var sellerRefunded = jdbc.sql("""
                select p.refunded_cents from ticketing.sandbox_payment p where p.order_id = :o""")
                .param("o", bought.order()).query(Integer.class).single();
        assertThat(sellerRefunded).isEqualTo(face);
        assertThat(wallet.revocations(bought.session().code())).extracting(WalletTickets.Revoked::key)
                .contains(GateCheck.revocationKey(ticket.ticket(), 1));
        // Each order shows the ticket: the seller's as passed on, the buyer's as theirs.
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/fan/orders/{id}", bought.order())
                        .with(user(ada.email()).roles("FAN")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.tickets[0].passedOn").value(true));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/fan/orders/{id}", order)
                        .with(user(alan.email()).roles("FAN")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PAID"))
                .andExpect(jsonPath("$.tickets[0].id").value(ticket.ticket().toString()))
                .andExpect(jsonPath("$.tickets[0].holder").value("Alan Turing"))
                .andExpect(jsonPath("$.tickets[0].passedOn").value(false));
    }

    private Scans.Scan admitted(String session, String gate, String device, UUID ticket, Instant at) {
        return new Scans.Scan(UUID.randomUUID(), session, gate, device, ticket, 1, "ADMITTED", null, at);
    }

    @Test
    void aTicketAdmittedAtTwoOfflineScannersIsADoubleEntryOnceBothUploadAndAResentUploadChangesNothing() {
        var ada = fan("Ada Lovelace");
        var bought = ticketing.paidOrder(VENUE, ada.id(), 1, "Ada Lovelace");
        var ticket = walletOf(ada, 1).getFirst().ticket();
        var session = bought.session().code();
        var at = bought.session().startsAt().minus(Duration.ofMinutes(30));
        var first = List.of(admitted(session, "A1", "scanner-1", ticket, at));
        var second = List.of(admitted(session, "C2", "scanner-2", ticket, at.plusSeconds(40)),
                new Scans.Scan(UUID.randomUUID(), session, "C2", "scanner-2", ticket, 1, "REFUSED", "PROOF_EXPIRED", at.plusSeconds(50)));

        assertThat(scans.upload(session, "gate", first, 0).doubleEntries()).isEmpty();
        var uploaded = scans.upload(session, "gate", second, 0);

        assertThat(uploaded.doubleEntries()).containsExactly(ticket);
        assertThat(scans.doubleEntries(session)).filteredOn(d -> d.ticket().equals(ticket)).singleElement().satisfies(d -> {
            assertThat(d.gates()).containsExactly("A1", "C2");
            assertThat(d.entries()).isEqualTo(2);
        });
        assertThat(events.stream(DoubleEntryDetected.class)).singleElement()
                .satisfies(e -> assertThat(e.gates()).containsExactly("A1", "C2"));

        var again = scans.upload(session, "gate", second, 0);
        assertThat(again.stored()).isZero();
        assertThat(again.duplicates()).isEqualTo(2);
        assertThat(again.doubleEntries()).isEmpty();
        assertThat(scans.refusedByReason(session)).containsKey("PROOF_EXPIRED");
        try {
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/staff/gates/operations/{s}", session)
                            .with(user("supervisor").roles("GATE_STAFF")))
                    .andExpect(status().isOk())
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                            org.hamcrest.Matchers.containsString("A1, C2")));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aSessionThatAllowsOneReentryCountsADoubleEntryOnlyAtTheThirdAdmission() {
        var ada = fan("Ada Lovelace");
        var bought = ticketing.paidOrder(VENUE, ada.id(), 1, "Ada Lovelace");
        var ticket = walletOf(ada, 1).getFirst().ticket();
        var session = bought.session().code();
        var at = bought.session().startsAt().minus(Duration.ofMinutes(30));

        assertThat(scans.upload(session, "gate", List.of(admitted(session, "A1", "s1", ticket, at),
                admitted(session, "B1", "s2", ticket, at.plusSeconds(900))), 1).doubleEntries()).isEmpty();
        assertThat(scans.upload(session, "gate", List.of(admitted(session, "B2", "s3", ticket, at.plusSeconds(1800))), 1)
                .doubleEntries()).containsExactly(ticket);
    }

    @Test
    void admittedScansOfUnknownOrForeignTicketsBadVersionsOrImpossibleTimesAreRefusedAndNothingIsStored() throws Exception {
        var ada = fan("Ada Lovelace");
        var bought = ticketing.paidOrder(VENUE, ada.id(), 1, "Ada Lovelace");
        var ticket = walletOf(ada, 1).getFirst().ticket();
        // A real ticket, but of another venue's session.
        var foreign = ticketing.paidOrder("roland-garros-stadium", fan("Grace Hopper").id(), 1, "Grace Hopper").tickets().getFirst();
        var session = bought.session().code();
        clock.simulate(bought.session().startsAt().minus(Duration.ofMinutes(20)), 1, "gates-tests");
        var at = bought.session().startsAt().minus(Duration.ofMinutes(30)).toString();
        var good = UUID.randomUUID();
        var body = "[" + scan(good, ticket, 1, at) + "," + scan(UUID.randomUUID(), UUID.randomUUID(), 1, at) + ","
                + scan(UUID.randomUUID(), foreign, 1, at) + ","
                + scan(UUID.randomUUID(), ticket, -3, at) + "," + scan(UUID.randomUUID(), ticket, 1, "9999-12-31T23:59:59Z") + "]";

        mvc.perform(post("/staff/gates/api/sessions/{s}/scans", session).with(user("gate").roles("GATE_STAFF")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalid.length()").value(4))
                .andExpect(jsonPath("$.invalid[0].index").value(1))
                .andExpect(jsonPath("$.invalid[0].reason").value(org.hamcrest.Matchers.containsString("is not a ticket of " + session)))
                .andExpect(jsonPath("$.invalid[2].reason").value(org.hamcrest.Matchers.containsString("version -3")))
                .andExpect(jsonPath("$.invalid[3].reason").value(org.hamcrest.Matchers.containsString("outside the session's gate hours")));
        assertThat(jdbc.sql("select count(*) from gates.scan where nonce = :n").param("n", good).query(Integer.class).single()).isZero();
    }

    private static String scan(UUID nonce, UUID ticket, int version, String at) {
        return "{\"nonce\":\"" + nonce + "\",\"gate\":\"A1\",\"device\":\"d1\",\"ticket\":\"" + ticket + "\",\"version\":" + version
                + ",\"decision\":\"ADMITTED\",\"scannedAt\":\"" + at + "\"}";
    }

    @Test
    void aTicketDoubleEnteredIsOneEventHoweverManyMoreTimesItEnters() {
        var ada = fan("Ada Lovelace");
        var bought = ticketing.paidOrder(VENUE, ada.id(), 1, "Ada Lovelace");
        var ticket = walletOf(ada, 1).getFirst().ticket();
        var session = bought.session().code();
        var at = bought.session().startsAt().minus(Duration.ofMinutes(30));
        scans.upload(session, "gate", List.of(admitted(session, "A1", "s1", ticket, at), admitted(session, "B1", "s2", ticket, at.plusSeconds(60))), 0);
        scans.upload(session, "gate", List.of(admitted(session, "C1", "s3", ticket, at.plusSeconds(120))), 0);
        scans.upload(session, "gate", List.of(admitted(session, "D1", "s4", ticket, at.plusSeconds(180))), 0);

        assertThat(events.stream(DoubleEntryDetected.class).filter(e -> e.ticket().equals(ticket))).hasSize(1);
        assertThat(scans.doubleEntries(session)).filteredOn(d -> d.ticket().equals(ticket)).singleElement()
                .satisfies(d -> assertThat(d.entries()).isEqualTo(4));
    }

    @Test
    void aMalformedUploadIsRefusedWithThePositionOfEachBadScanAndNothingIsStored() throws Exception {
        var session = ticketing.paidOrder(VENUE, fan("Ada Lovelace").id(), 1, "Ada Lovelace").session().code();
        var nonce = UUID.randomUUID();
        var body = "[{\"nonce\":\"" + nonce + "\",\"gate\":\"A1\",\"device\":\"d\",\"decision\":\"REFUSED\",\"reason\":\"MALFORMED\","
                + "\"scannedAt\":\"2024-08-02T10:00:00Z\"},"
                + "{\"nonce\":\"not-a-uuid\",\"gate\":\"A1\",\"device\":\"d\",\"decision\":\"REFUSED\",\"reason\":\"MALFORMED\",\"scannedAt\":\"2024-08-02T10:00:00Z\"},"
                + "{\"nonce\":\"" + UUID.randomUUID() + "\",\"gate\":\"gate 7\",\"device\":\"d\",\"decision\":\"ADMITTED\",\"scannedAt\":\"yesterday\"}]";

        mvc.perform(post("/staff/gates/api/sessions/{s}/scans", session).with(user("gate").roles("GATE_STAFF")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://podium.example/problems/scan-upload-rejected"))
                .andExpect(jsonPath("$.invalid[0].index").value(1))
                .andExpect(jsonPath("$.invalid[1].index").value(2));
        assertThat(jdbc.sql("select count(*) from gates.scan where nonce = :n").param("n", nonce).query(Integer.class).single()).isZero();

        mvc.perform(post("/staff/gates/api/sessions/{s}/scans", session).with(user("fan@example.org").roles("FAN")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("[]"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aSupervisorAdmitsAHolderWithADeadPhoneAfterAnIdentityCheckAndItCountsAsAnEntry() throws Exception {
        var ada = fan("Ada Lovelace");
        var bought = ticketing.paidOrder(VENUE, ada.id(), 1, "Ada Lovelace");
        var ticket = walletOf(ada, 1).getFirst().ticket();
        var session = bought.session().code();
        gatesOpenFor(bought);

        mvc.perform(post("/staff/gates/operations/{s}/admit", session).with(user("supervisor").roles("GATE_STAFF")).with(csrf())
                        .param("ticket", ticket.toString()).param("gate", "D3").param("document", "PASSPORT"))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("select document from gates.manual_admission where ticket_id = :t").param("t", ticket)
                .query(String.class).single()).isEqualTo("PASSPORT");
        assertThat(scans.enteredPerEntrance(session)).containsKey("D");
    }

    @Test
    void theEntriesChartsTableEqualsItsApiAndCountsTheAdmittedScansPerEntrance() throws Exception {
        var ada = fan("Ada Lovelace");
        // A venue no other test scans at: the window holds this test's scans only.
        var bought = ticketing.paidOrder("champ-de-mars-arena", ada.id(), 5, "Ada Lovelace");
        var tickets = walletOf(ada, 5).stream().map(WalletTickets.WalletTicket::ticket).toList();
        var session = bought.session().code();
        clock.simulate(bought.session().startsAt().minus(Duration.ofMinutes(20)), 1, "gates-tests");
        var now = clock.now();
        // Three admitted at A1 five minutes ago, two at B3 two minutes ago, one refused, one before the window.
        var batch = new java.util.ArrayList<Scans.Scan>();
        for (var t = 0; t < 3; t++) {
            batch.add(admitted(session, "A1", "scanner-a", tickets.get(t), now.minusSeconds(300)));
        }
        batch.add(admitted(session, "B3", "scanner-b", tickets.get(3), now.minusSeconds(120)));
        batch.add(admitted(session, "B3", "scanner-b", tickets.get(4), now.minusSeconds(115)));
        batch.add(new Scans.Scan(UUID.randomUUID(), session, "B3", "scanner-b", tickets.get(0), 1, "REFUSED", "PROOF_EXPIRED",
                now.minusSeconds(100)));
        scans.upload(session, "gate", batch, 0);

        var supervisor = user("supervisor").roles("GATE_STAFF");
        var api = new tools.jackson.databind.ObjectMapper().readTree(mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                        "/staff/gates/api/sessions/{s}/entries-per-minute", session).with(supervisor))
                .andReturn().getResponse().getContentAsString());
        var perEntrance = new java.util.TreeMap<String, Integer>();
        var fromApi = new java.util.ArrayList<List<String>>();
        for (var minute : api) {
            var row = new java.util.ArrayList<String>();
            row.add(java.time.Instant.parse(minute.get("minute").asString()).toString());
            minute.get("byEntrance").properties().forEach(e -> {
                perEntrance.merge(e.getKey(), e.getValue().asInt(), Integer::sum);
                row.add(e.getValue().asString());
            });
            fromApi.add(row);
        }
        assertThat(api.size()).isEqualTo(15);
        assertThat(perEntrance).containsEntry("A", 3).containsEntry("B", 2);
        assertThat(perEntrance.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(5);

        var html = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                "/staff/gates/operations/{s}", session).with(supervisor)).andReturn().getResponse().getContentAsString();
        var table = html.substring(html.indexOf("id=\"entries-per-minute\""), html.indexOf("</table>", html.indexOf("id=\"entries-per-minute\"")));
        var rows = java.util.regex.Pattern.compile("<tr data-minute=\"([^\"]+)\">(.*?)</tr>", java.util.regex.Pattern.DOTALL).matcher(table);
        var fromPage = new java.util.ArrayList<List<String>>();
        while (rows.find()) {
            var row = new java.util.ArrayList<String>();
            row.add(java.time.Instant.parse(rows.group(1)).toString());
            var cells = java.util.regex.Pattern.compile("<td>(\\d+)</td>").matcher(rows.group(2));
            while (cells.find()) {
                row.add(cells.group(1));
            }
            row.removeLast(); // the row's total
            fromPage.add(row);
        }
        assertThat(fromPage).isEqualTo(fromApi);
        assertThat(html).contains("id=\"entries-chart\"");
    }
}

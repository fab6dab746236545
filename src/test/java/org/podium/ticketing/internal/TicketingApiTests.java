package org.podium.ticketing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.podium.accounts.FanAccounts;
import org.podium.accounts.FanId;
import org.podium.games.GamesClock;
import org.podium.games.Programme;
import org.podium.support.PodiumIntegrationTest;
import org.podium.ticketing.PriceCategory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;
import org.podium.ticketing.internal.inventory.Inventories;
import org.podium.ticketing.internal.sale.HoldRequest;
import org.podium.ticketing.internal.sale.Holds;
import org.podium.ticketing.internal.sale.SalesPhase;
import org.podium.ticketing.internal.sale.SalesPhases;

/** Bad input at the fan API: each broken rule has its status and problem type, and changes nothing. */
@PodiumIntegrationTest
class TicketingApiTests {

    @org.springframework.beans.factory.annotation.Autowired org.podium.support.VerifiedFans verifiedFans;

    @Autowired MockMvc mvc;
    @Autowired FanAccounts accounts;
    @Autowired Programme programme;
    @Autowired GamesClock clock;
    @Autowired SalesPhases phases;
    @Autowired Holds holds;
    @Autowired Inventories inventories;

    private static String session;
    private RequestPostProcessor fan;

    @BeforeEach
    void fanAndSale() {
        var email = "api-" + UUID.randomUUID() + "@example.org";
        verifiedFans.register(email, "Api Fan", "a long enough password", "en");
        fan = user(email).roles("FAN");
        if (session == null) {
            session = TicketingFixtures.upcoming(programme, clock, "chateauroux-shooting-centre", 1).get(0).code();
            TicketingFixtures.openSale(phases, clock, List.of(session), false);
        }
    }

    private String hold(String category, int quantity) {
        return "{\"items\":[{\"session\":\"" + session + "\",\"category\":\"" + category + "\",\"quantity\":" + quantity + "}]}";
    }

    private org.springframework.test.web.servlet.ResultActions postHold(String body) throws Exception {
        return mvc.perform(post("/api/fan/holds").with(fan).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void withoutASignedInFanTheShopAnswers401() throws Exception {
        mvc.perform(post("/api/fan/holds").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(hold("A", 1)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aHoldOverTheSessionCapIs409AndHoldsNothing() throws Exception {
        var free = inventories.of(session).availability().totalFree();
        postHold(hold("D", 7)).andExpect(status().isConflict())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.type").value("https://podium.example/problems/sale-cap-exceeded"))
                .andExpect(jsonPath("$.cap").value(6));
        assertThat(inventories.of(session).availability().totalFree()).isEqualTo(free);
    }

    @Test
    void malformedAndUnknownIdsAre400And404() throws Exception {
        postHold(hold("D", 0)).andExpect(status().isBadRequest()).andExpect(jsonPath("$.type").value("https://podium.example/problems/sale-malformed"));
        postHold("{\"items\":[{\"session\":\"" + session + "\",\"seats\":[\"S01-R99-01\"]}]}").andExpect(status().isBadRequest());
        mvc.perform(get("/api/fan/holds/not-a-uuid").with(fan)).andExpect(status().isBadRequest());
        mvc.perform(get("/api/fan/holds/" + UUID.randomUUID()).with(fan)).andExpect(status().isNotFound());
        postHold("{\"items\":[{\"session\":\"NOPE-20240801-1\",\"category\":\"A\",\"quantity\":1}]}").andExpect(status().isNotFound());
    }

    @Test
    void aCheckoutAfterTheHoldExpiredIs410() throws Exception {
        var created = postHold(hold("C", 2)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        holds.expireDue(java.time.Instant.now().plus(Duration.ofMinutes(16)));
        mvc.perform(post("/api/fan/holds/" + id + "/checkout").with(fan).with(csrf()).header("Idempotency-Key", "k1")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"holders\":[\"A\",\"B\"]}"))
                .andExpect(status().isGone())
                .andExpect(jsonPath("$.type").value("https://podium.example/problems/sale-hold-expired"));
    }

    @Test
    void aReplayedCheckoutReturnsTheOriginalOrder() throws Exception {
        var created = postHold(hold("B", 2)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        var checkout = post("/api/fan/holds/" + id + "/checkout").with(fan).with(csrf()).header("Idempotency-Key", "same")
                .contentType(MediaType.APPLICATION_JSON).content("{\"holders\":[\"Ana\",\"Bo\"]}");
        var first = mvc.perform(checkout).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        var again = mvc.perform(checkout).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(again, "$.id")).isEqualTo(JsonPath.read(first, "$.id"));
    }

    @Test
    void outsideOnesSlotIs403() throws Exception {
        var drawn = TicketingFixtures.upcoming(programme, clock, "chateauroux-shooting-centre", 2).get(1).code();
        var now = clock.now();
        phases.create(new SalesPhases.PhaseSettings("Draw only", SalesPhase.Access.DRAW, false, 3, now.minusSeconds(60),
                now.plus(Duration.ofDays(10)), List.of(drawn), now.minusSeconds(3600), now.minusSeconds(120), 48, 1000, 1440), "test");
        postHold("{\"items\":[{\"session\":\"" + drawn + "\",\"category\":\"A\",\"quantity\":1}]}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://podium.example/problems/sale-outside-slot"));
    }

    @Test
    void soldOutIs409WithWhatIsLeftElsewhere() throws Exception {
        // Other fans take every category A seat first.
        while (true) {
            try {
                holds.hold(verifiedFans.any(), new HoldRequest(List.of(new HoldRequest.Item(session, PriceCategory.A, 5, 0, null))));
            } catch (SaleRefused e) {
                if (e.kind() == SaleRefused.Kind.SOLD_OUT) {
                    break;
                }
                throw e;
            }
        }
        while (inventories.of(session).availability().free(PriceCategory.A) > 0) {
            try {
                holds.hold(verifiedFans.any(), new HoldRequest(List.of(new HoldRequest.Item(session, PriceCategory.A, 1, 0, null))));
            } catch (SaleRefused e) {
                break; // only wheelchair places remain
            }
        }
        postHold(hold("A", 2)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://podium.example/problems/sale-sold-out"))
                .andExpect(jsonPath("$.leftElsewhere[0].session").value(session))
                .andExpect(jsonPath("$.leftElsewhere[?(@.category == 'B')].free").isNotEmpty());
    }

    @Test
    void aSessionWhoseCapacityIsUnknownIsNotSellableAndSaysWhy() throws Exception {
        var concorde = TicketingFixtures.upcoming(programme, clock, "la-concorde", 1).getFirst().code();
        mvc.perform(get("/api/tickets/sessions/" + concorde)).andExpect(status().isOk())
                .andExpect(jsonPath("$.sellable").value(false))
                .andExpect(jsonPath("$.reason").value(org.hamcrest.Matchers.containsString("capacity")));
        postHold("{\"items\":[{\"session\":\"" + concorde + "\",\"category\":\"A\",\"quantity\":1}]}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://podium.example/problems/sale-not-sellable"));
    }

    @Test
    void aForgedWebhookIs401() throws Exception {
        mvc.perform(post("/api/payments/webhook").contentType(MediaType.APPLICATION_JSON).content("{\"id\":\"x\"}"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("https://podium.example/problems/webhook-signature"));
    }
}

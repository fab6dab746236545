package org.podium.ticketing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.podium.games.GamesClock;
import org.podium.games.Programme;
import org.podium.support.PodiumIntegrationTest;
import org.podium.support.VerifiedFans;
import org.podium.ticketing.internal.order.Orders;
import org.podium.ticketing.internal.sale.SalesPhases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * PCI DSS scope: a card number is typed on the payment service's page and goes to the service's
 * API, never to Podium's. Checked from outside: Podium's published API description names no card
 * field, its pages hold no card input, and after a whole purchase no text column of any table
 * (Podium's or the event registry's) holds the card number.
 */
@PodiumIntegrationTest
class CardsStayAtThePaymentServiceTests {

    /** A Luhn-valid test number no other test uses. */
    private static final String CARD = "4000056655665556";

    @Autowired MockMvc mvc;
    @Autowired VerifiedFans verifiedFans;
    @Autowired Programme programme;
    @Autowired GamesClock clock;
    @Autowired SalesPhases phases;
    @Autowired Orders orders;
    @Autowired JdbcClient jdbc;

    @Test
    void podiumsApiDescriptionHasNoCardField() throws Exception {
        var docs = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<java.util.Map<String, Object>> schemas = JsonPath.read(docs, "$..properties");
        var properties = schemas.stream().flatMap(p -> p.keySet().stream()).toList();
        assertThat(properties).isNotEmpty().noneMatch(name -> name.toLowerCase().matches(".*(card|pan|cvc|cvv).*"));
    }

    /** A verified fan holds one seat through the API; the fan and the hold's answer. */
    private record Held(org.springframework.test.web.servlet.request.RequestPostProcessor fan, String hold) {
    }

    private Held holdOneSeat() throws Exception {
        var email = "pci-" + UUID.randomUUID() + "@example.org";
        verifiedFans.register(email, "Pci Fan", "violet harbour sixty kites", "en");
        var fan = user(email).roles("FAN");
        var session = TicketingFixtures.upcoming(programme, clock, "bercy-arena", 3).get(2).code();
        TicketingFixtures.openSale(phases, clock, List.of(session), false);
        var hold = mvc.perform(post("/api/fan/holds").with(fan).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"items\":[{\"session\":\"" + session + "\",\"category\":\"D\",\"quantity\":1}]}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return new Held(fan, hold);
    }

    private org.springframework.test.web.servlet.ResultActions checkout(Held held) throws Exception {
        return mvc.perform(post("/api/fan/holds/" + JsonPath.read(held.hold(), "$.id") + "/checkout").with(held.fan()).with(csrf())
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(MediaType.APPLICATION_JSON).content("{\"holders\":[\"Pci Fan\"]}"));
    }

    @Test
    void aWholePurchaseLeavesTheCardNumberNowhereInPodiumsDatabase() throws Exception {
        var held = holdOneSeat();
        var fan = held.fan();
        var hold = held.hold();
        mvc.perform(get("/account/tickets/holds/" + JsonPath.read(hold, "$.id")).with(fan))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("name=\"card\""))));
        var order = checkout(held)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.payAt").value(org.hamcrest.Matchers.startsWith("/sandbox-pay/pay_")))
                .andReturn().getResponse().getContentAsString();
        String payAt = JsonPath.read(order, "$.payAt");

        // The fan's card goes to the service's own API (its page posts the same).
        mvc.perform(post(payAt.replace("/sandbox-pay/", "/sandbox-pay/api/checkouts/") + "/pay")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"card\":\"4000 0566 5566 5556\"}"))
                .andExpect(status().isAccepted());
        var id = UUID.fromString(JsonPath.read(order, "$.id"));
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> orders.view(id).status().equals("PAID"));

        var holding = new ArrayList<String>();
        var columns = jdbc.sql("""
                select table_schema, table_name, column_name from information_schema.columns
                where table_schema not in ('pg_catalog', 'information_schema') and data_type in ('text', 'character varying', 'jsonb', 'json')""")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list();
        for (var c : columns) {
            var found = jdbc.sql("select count(*) from \"" + c[0] + "\".\"" + c[1] + "\" where \"" + c[2] + "\"::text like :card")
                    .param("card", "%" + CARD + "%").query(Long.class).single();
            if (found > 0) {
                holding.add(String.join(".", c));
            }
        }
        assertThat(columns).hasSizeGreaterThan(50);
        assertThat(holding).as("columns holding the card number").isEmpty();
        assertThat(jdbc.sql("select card_last4 from ticketing.sandbox_payment where order_id = :o").param("o", id).query(String.class).single())
                .as("the service keeps the last four digits, as real ones show them").isEqualTo("5556");
    }

    @Test
    void theServicesPageRefusesANonCardAPaidCheckoutAndAnUnknownOne() throws Exception {
        var order = checkout(holdOneSeat()).andReturn().getResponse().getContentAsString();
        String payAt = JsonPath.read(order, "$.payAt");

        mvc.perform(get(payAt)).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Sandbox Pay")));
        mvc.perform(post(payAt).with(csrf()).param("card", "4242 4242 4242 4241")).andExpect(status().isUnprocessableEntity());
        mvc.perform(post(payAt).with(csrf()).param("card", "4242 4242 4242 4242"))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        "/account/orders/" + JsonPath.read(order, "$.id")));
        mvc.perform(post(payAt.replace("/sandbox-pay/", "/sandbox-pay/api/checkouts/") + "/pay")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"card\":\"4242424242424242\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://podium.example/problems/checkout-already-paid"));
        mvc.perform(get("/sandbox-pay/pay_unknown")).andExpect(status().isNotFound());
    }
}

package org.podium.ticketing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.podium.accounts.FanAccounts;
import org.podium.support.PodiumIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** What an outsider or another fan can learn of who has an account: nothing. */
@PodiumIntegrationTest
class NoEnumerationTests {

    @org.springframework.beans.factory.annotation.Autowired org.podium.support.VerifiedFans verifiedFans;

    @Autowired MockMvc mvc;
    @Autowired TicketingTestSupport ticketing;
    @Autowired FanAccounts accounts;

    @Test
    void aTransferToAnAddressWithoutAnAccountAnswersAsOneWithAndWaitsForItsOwner() throws Exception {
        var sender = ticketing.newFan("Sender Fan");
        var bought = ticketing.paidOrder("north-paris-arena", sender.id(), 2, "Sender Fan");
        var existing = ticketing.newFan("Existing Receiver");
        var stranger = "stranger-" + UUID.randomUUID() + "@example.org";

        var toExisting = offer(sender.email(), bought.tickets().get(0), existing.email());
        var toStranger = offer(sender.email(), bought.tickets().get(1), stranger);
        assertThat(toStranger.getStatus()).isEqualTo(toExisting.getStatus()).isEqualTo(201);
        assertThat(toStranger.getContentAsString().replace(stranger, "X").replaceAll("[0-9a-f-]{36}", "ID")
                .replaceAll("\"createdAt\":\"[^\"]+\"", "").replaceAll("\"seat\":\"[^\"]+\"", ""))
                .isEqualTo(toExisting.getContentAsString().replace(existing.email(), "X").replaceAll("[0-9a-f-]{36}", "ID")
                        .replaceAll("\"createdAt\":\"[^\"]+\"", "").replaceAll("\"seat\":\"[^\"]+\"", ""));

        // The stranger registers with that address: the offer is theirs to accept.
        verifiedFans.register(stranger, "New Receiver", "a long enough password", "en");
        mvc.perform(get("/api/fan/transfers").with(user(stranger).roles("FAN")))
                .andExpect(jsonPath("$.incoming[0].ticket").value(bought.tickets().get(1).toString()));
        var transfer = com.jayway.jsonpath.JsonPath.<String>read(toStranger.getContentAsString(), "$.id");
        mvc.perform(post("/api/fan/transfers/" + transfer + "/accept").with(user(stranger).roles("FAN")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"holderName\":\"New Receiver\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACCEPTED"));
        // Someone else cannot take it.
        mvc.perform(get("/api/fan/transfers").with(user(existing.email()).roles("FAN")))
                .andExpect(jsonPath("$.incoming.length()").value(1));
    }

    @Test
    void thePublicResaleListNamesNoSellerNorTicket() throws Exception {
        var seller = ticketing.newFan("Seller Fan");
        var bought = ticketing.paidOrder("north-paris-arena", seller.id(), 1, "Seller Fan");
        ticketing.listForResale(seller.id(), bought.tickets().getFirst());

        var body = mvc.perform(get("/api/tickets/sessions/" + bought.session().code() + "/resale"))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].priceCents").isNumber())
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain(seller.id().value().toString()).doesNotContain(bought.tickets().getFirst().toString())
                .doesNotContain("seller");
    }

    private org.springframework.mock.web.MockHttpServletResponse offer(String from, UUID ticket, String to) throws Exception {
        return mvc.perform(post("/api/fan/tickets/" + ticket + "/transfer").with(user(from).roles("FAN")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"email\":\"" + to + "\"}")).andReturn().getResponse();
    }
}

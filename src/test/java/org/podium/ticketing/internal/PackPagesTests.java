package org.podium.ticketing.internal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.podium.accounts.FanAccounts;
import org.podium.games.GamesClock;
import org.podium.games.Programme;
import org.podium.support.PodiumIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.podium.ticketing.internal.sale.SalesPhases;

/** A fan puts a pack together on the pages: fewer than 3 sessions is refused, 3 are held together. */
@PodiumIntegrationTest
class PackPagesTests {

    @org.springframework.beans.factory.annotation.Autowired org.podium.support.VerifiedFans verifiedFans;

    @Autowired MockMvc mvc;
    @Autowired Programme programme;
    @Autowired GamesClock clock;
    @Autowired SalesPhases phases;
    @Autowired FanAccounts accounts;

    @Test
    void aPackOfThreeSessionsIsHeldInOneHold() throws Exception {
        var sessions = TicketingFixtures.upcoming(programme, clock, "eiffel-tower-stadium", 3).stream().map(s -> s.code()).toList();
        TicketingFixtures.openSale(phases, clock, sessions, true);
        var email = "pack-" + UUID.randomUUID() + "@example.org";
        verifiedFans.register(email, "Pack Fan", "a long enough password", "en");
        var fan = user(email).roles("FAN");
        var web = new MockHttpSession();

        mvc.perform(get("/tickets/sessions/" + sessions.getFirst()).header("Accept-Language", "en"))
                .andExpect(content().string(Matchers.containsString("This phase sells packs of at least 3 sessions")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"quantity\""))));
        for (var session : sessions.subList(0, 2)) {
            mvc.perform(post("/account/tickets/pack/items").with(fan).with(csrf()).session(web)
                            .param("session", session).param("category", "B").param("quantity", "2"))
                    .andExpect(redirectedUrl("/account/tickets/pack"));
        }
        mvc.perform(post("/account/tickets/pack/hold").with(fan).with(csrf()).session(web))
                .andExpect(redirectedUrl("/account/tickets/pack"))
                .andExpect(flash().attribute("refused", "PACK_REQUIRED"));

        mvc.perform(post("/account/tickets/pack/items").with(fan).with(csrf()).session(web)
                .param("session", sessions.get(2)).param("category", "C").param("quantity", "1"));
        mvc.perform(get("/account/tickets/pack").with(fan).session(web).header("Accept-Language", "en"))
                .andExpect(content().string(Matchers.containsString("Pack of 3 sessions")));
        mvc.perform(post("/account/tickets/pack/hold").with(fan).with(csrf()).session(web))
                .andExpect(redirectedUrlPattern("/account/tickets/holds/*"));
        mvc.perform(get("/account/tickets/pack").with(fan).session(web).header("Accept-Language", "en"))
                .andExpect(content().string(Matchers.containsString("Your pack is empty")));
    }
}

package org.podium.ticketing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.podium.accounts.FanAccounts;
import org.podium.games.GamesClock;
import org.podium.games.Programme;
import org.podium.support.PodiumIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;
import org.podium.ticketing.internal.sale.SalesPhases;
import org.podium.ticketing.internal.sale.WaitingRooms;

/** The waiting room in front of a hot on-sale: queue token, live position, holds only once admitted. */
@PodiumIntegrationTest
class WaitingRoomIntegrationTests {

    @org.springframework.beans.factory.annotation.Autowired org.podium.support.VerifiedFans verifiedFans;

    @Autowired MockMvc mvc;
    @Autowired Programme programme;
    @Autowired GamesClock clock;
    @Autowired SalesPhases phases;
    @Autowired WaitingRooms rooms;
    @Autowired FanAccounts accounts;

    @Test
    void aFanQueuesSeesTheirPositionAndMayHoldOnlyWhenAdmitted() throws Exception {
        var session = TicketingFixtures.upcoming(programme, clock, "north-paris-arena", 1).getFirst().code();
        TicketingFixtures.openSale(phases, clock, List.of(session), false);
        var email = "queue-" + UUID.randomUUID() + "@example.org";
        verifiedFans.register(email, "Queue Fan", "a long enough password", "en");
        var fan = user(email).roles("FAN");

        // 60 a minute from now: two visitors already waiting take the first two places.
        mvc.perform(post("/api/staff/ticketing/waiting-rooms").with(user("manager").roles("TICKETING_MANAGER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"session\":\"" + session + "\",\"opensAt\":\"" + clock.now() + "\",\"admitPerMinute\":60}"))
                .andExpect(status().isCreated());
        var room = rooms.of(session).orElseThrow();
        room.join("someone-1", clock.now());
        room.join("someone-2", clock.now());

        mvc.perform(get("/tickets/sessions/" + session)).andExpect(redirectedUrl("/tickets/queue/" + session));
        var queued = mvc.perform(get("/tickets/queue/" + session).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Your position")))
                .andReturn().getResponse();
        var token = queued.getCookie(WaitingRooms.COOKIE);
        assertThat(token).isNotNull();
        assertThat(token.isHttpOnly()).isTrue();

        var hold = "{\"items\":[{\"session\":\"" + session + "\",\"category\":\"A\",\"quantity\":2}]}";
        mvc.perform(post("/api/fan/holds").with(fan).with(csrf()).cookie(token).contentType(MediaType.APPLICATION_JSON).content(hold))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://podium.example/problems/sale-waiting-room"))
                .andExpect(jsonPath("$.queue").value("/tickets/queue/" + session));
        mvc.perform(post("/api/fan/holds").with(fan).with(csrf()).cookie(new Cookie(WaitingRooms.COOKIE, "forged.token"))
                        .contentType(MediaType.APPLICATION_JSON).content(hold))
                .andExpect(status().isForbidden());

        // Three places at one a second: at most a few seconds of Games time.
        var visitor = rooms.visitor(token.getValue());
        var deadline = System.currentTimeMillis() + 10_000;
        while (!room.admits(visitor, clock.now()) && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        mvc.perform(get("/tickets/queue/" + session).cookie(token).header("Accept-Language", "en"))
                .andExpect(content().string(Matchers.containsString("It is your turn")));
        mvc.perform(post("/api/fan/holds").with(fan).with(csrf()).cookie(token).contentType(MediaType.APPLICATION_JSON).content(hold))
                .andExpect(status().isCreated());

        // The admitted cookie, copied to a second fan, is worth nothing: the place is the first account's.
        var other = "queue-copy-" + UUID.randomUUID() + "@example.org";
        verifiedFans.register(other, "Copying Fan", "a long enough password", "en");
        var one = "{\"items\":[{\"session\":\"" + session + "\",\"category\":\"A\",\"quantity\":1}]}";
        mvc.perform(post("/api/fan/holds").with(user(other).roles("FAN")).with(csrf()).cookie(token)
                        .contentType(MediaType.APPLICATION_JSON).content(one))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("belongs to another account")));
        // The same goes for the web form's hold, said in the page's language.
        mvc.perform(post("/account/tickets/holds").with(user(other).roles("FAN")).with(csrf()).cookie(token)
                        .header("Accept-Language", "fr")
                        .param("session", session).param("category", "A").param("quantity", "1"))
                .andExpect(redirectedUrl("/tickets/sessions/" + session))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("refused", "WAITING_ROOM"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("refusedDetail",
                        Matchers.allOf(Matchers.containsString("cette place dans la file appartient à un autre compte"),
                                Matchers.not(Matchers.containsString("belongs")))));
        rooms.disarm(session, "test");
    }

    @Test
    void anAccountBuysWithOnePlaceInTheQueueOnly() {
        var room = new org.podium.ticketing.internal.sale.WaitingRoom("S", clock.now().minusSeconds(600), 60);
        room.join("browser-1", clock.now());
        room.join("browser-2", clock.now());

        assertThat(room.claim("browser-1", "fan-a", clock.now())).isNull();
        assertThat(room.claim("browser-1", "fan-a", clock.now())).as("the same place again").isNull();
        assertThat(room.claim("browser-2", "fan-a", clock.now())).isEqualTo("anotherPlace");
        assertThat(room.claim("browser-1", "fan-b", clock.now())).isEqualTo("placeOfAnotherAccount");
        assertThat(room.claim("browser-2", "fan-b", clock.now())).isNull();
        assertThat(room.claim("never-queued", "fan-c", clock.now())).isEqualTo("notAdmitted");
    }

    @Test
    void aRushOnASessionPageOpensAWaitingRoomByItself() throws Exception {
        var session = TicketingFixtures.upcoming(programme, clock, "north-paris-arena", 2).get(1).code();
        assertThat(rooms.of(session)).isEmpty();
        for (var visit = 0; visit <= 600; visit++) {
            rooms.visited(session);
        }
        assertThat(rooms.of(session)).isPresent();
        mvc.perform(get("/tickets/sessions/" + session)).andExpect(redirectedUrl("/tickets/queue/" + session));
        rooms.disarm(session, "test");
    }
}

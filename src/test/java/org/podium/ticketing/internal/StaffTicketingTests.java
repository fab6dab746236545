package org.podium.ticketing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.podium.accounts.FanId;
import org.podium.games.GamesClock;
import org.podium.games.Programme;
import org.podium.support.PodiumIntegrationTest;
import org.podium.ticketing.PriceCategory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.podium.ticketing.internal.inventory.SessionInventory;
import org.podium.ticketing.internal.inventory.Inventories;
import org.podium.ticketing.internal.inventory.Drops;
import org.podium.ticketing.internal.sale.HoldRequest;
import org.podium.ticketing.internal.sale.Holds;
import org.podium.ticketing.internal.sale.SalesPhases;
import org.podium.ticketing.internal.order.Orders;

/** The ticketing manager's tools: the sales page by role, phases from the form, drops, prices, refunds. */
@PodiumIntegrationTest
class StaffTicketingTests {

    @org.springframework.beans.factory.annotation.Autowired org.podium.support.VerifiedFans verifiedFans;
    @org.springframework.beans.factory.annotation.Autowired TicketingTestSupport ticketing;

    @Autowired MockMvc mvc;
    @Autowired Programme programme;
    @Autowired GamesClock clock;
    @Autowired SalesPhases phases;
    @Autowired Holds holds;
    @Autowired Orders orders;
    @Autowired Inventories inventories;
    @Autowired Drops drops;

    @Test
    void onlyTicketingManagersAndAdministratorsSeeTheSalesPage() throws Exception {
        mvc.perform(get("/staff/ticketing").with(user("t").roles("TICKETING_MANAGER")).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("Ticket sales")));
        mvc.perform(get("/staff/ticketing").with(user("r").roles("RESULTS_OPERATOR"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/staff/ticketing/ledger").with(user("g").roles("GATE_STAFF"))).andExpect(status().isForbidden());
    }

    @Test
    void aPhaseCreatedFromTheFormSellsItsSessions() throws Exception {
        var session = TicketingFixtures.upcoming(programme, clock, "porte-de-la-chapelle-arena", 1).getFirst().code();
        var opens = clock.zonedNow().minusHours(1).toLocalDateTime().withSecond(0).withNano(0);
        mvc.perform(post("/staff/ticketing/phases").with(user("t").roles("TICKETING_MANAGER")).with(csrf())
                        .param("name", "Form sale").param("access", "OPEN").param("opensAt", opens.toString())
                        .param("closesAt", opens.plusDays(30).toString()).param("sessions", session))
                .andExpect(status().is3xxRedirection());
        assertThat(phases.sellingAt(session, clock.now())).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Form sale"));
        mvc.perform(post("/staff/ticketing/phases").with(user("t").roles("TICKETING_MANAGER")))
                .andExpect(status().isForbidden()); // no CSRF token
    }

    @Test
    void aDropPutsTheHeldBackSeatsOnSaleWhenItsTimeComes() {
        var session = TicketingFixtures.upcoming(programme, clock, "porte-de-la-chapelle-arena", 2).get(1).code();
        var before = inventories.of(session).availability();
        var heldBack = java.util.Arrays.stream(before.heldBack()).sum();
        assertThat(heldBack).isPositive();
        drops.schedule(session, clock.now().minusSeconds(1), "test");
        drops.releaseDue();
        var after = inventories.of(session).availability();
        assertThat(java.util.Arrays.stream(after.heldBack()).sum()).isZero();
        assertThat(after.totalFree()).isEqualTo(before.totalFree() + heldBack);
        // After a restart the drop still counts.
        inventories.forgetAll();
        assertThat(inventories.of(session).availability().totalFree()).isEqualTo(after.totalFree());
    }

    @Test
    void aManagersPriceAppliesToNewHolds() throws Exception {
        var session = TicketingFixtures.upcoming(programme, clock, "porte-de-la-chapelle-arena", 3).get(2).code();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/staff/ticketing/sessions/" + session + "/prices/A")
                        .with(user("t").roles("TICKETING_MANAGER")).contentType(MediaType.APPLICATION_JSON).content("{\"priceCents\":98000}"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/tickets/sessions/" + session)).andExpect(jsonPath("$.categories[0].priceCents").value(98000));
        mvc.perform(post("/staff/ticketing/prices").with(user("t").roles("TICKETING_MANAGER")).with(csrf())
                        .param("session", session).param("category", "B").param("euros", "72.50"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/tickets/sessions/" + session)).andExpect(jsonPath("$.categories[1].priceCents").value(7250));
    }

    @Test
    void aRefundVoidsThePaidTicketsAndPutsTheSeatsBackOnSale() throws Exception {
        var session = TicketingFixtures.upcoming(programme, clock, "porte-de-la-chapelle-arena", 4).get(3).code();
        TicketingFixtures.openSale(phases, clock, List.of(session), false);
        var fan = verifiedFans.any();
        var hold = holds.hold(fan, new HoldRequest(List.of(new HoldRequest.Item(session, PriceCategory.C, 2, 0, null))));
        var order = orders.checkout(fan, hold.id(), UUID.randomUUID().toString(), List.of("A", "B")).order();
        ticketing.payAtTheService(order.id(), "4242424242424242");
        var deadline = System.currentTimeMillis() + 10_000;
        while (!orders.view(order.id()).status().equals("PAID") && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        mvc.perform(post("/api/staff/ticketing/orders/" + order.id() + "/refund").with(user("t").roles("TICKETING_MANAGER"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"session moved\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REFUNDED"));
        assertThat(inventories.of(session).state(hold.seats().getFirst().seats()[0])).isEqualTo(SessionInventory.FREE);
        mvc.perform(post("/api/staff/ticketing/orders/" + order.id() + "/refund").with(user("t").roles("TICKETING_MANAGER"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"again\"}"))
                .andExpect(status().isConflict());
    }

    @Test
    void quotasChangeOnlyBeforeTheSaleOfTheSessionStarts() throws Exception {
        var sessions = TicketingFixtures.upcoming(programme, clock, "porte-de-la-chapelle-arena", 6);
        var untouched = sessions.get(4).code();
        var before = inventories.of(untouched).availability();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/staff/ticketing/sessions/" + untouched + "/quotas")
                        .with(user("t").roles("TICKETING_MANAGER")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"partnerShare\":0.1,\"heldBackShare\":0}"))
                .andExpect(status().isNoContent());
        var after = inventories.of(untouched).availability();
        assertThat(java.util.Arrays.stream(after.heldBack()).sum()).isZero();
        assertThat(after.totalFree()).isGreaterThan(before.totalFree());

        var started = sessions.get(5).code();
        TicketingFixtures.openSale(phases, clock, List.of(started), false);
        holds.hold(verifiedFans.any(), new HoldRequest(List.of(new HoldRequest.Item(started, PriceCategory.A, 1, 0, null))));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/staff/ticketing/sessions/" + started + "/quotas")
                        .with(user("t").roles("TICKETING_MANAGER")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"partnerShare\":0.1,\"heldBackShare\":0}"))
                .andExpect(status().isConflict());
    }

    @Test
    void theSalesChartsTablesEqualTheApiAndCountThePaidTickets() throws Exception {
        var email = "chart-" + UUID.randomUUID() + "@example.org";
        var fan = verifiedFans.register(email, "Chart Fan", "a long enough password", "en");
        var bought = ticketing.paidOrder("stade-de-france", fan.id(), 3, "Chart Fan");
        var manager = user("t").roles("TICKETING_MANAGER");

        var json = new tools.jackson.databind.ObjectMapper();
        var byDay = json.readTree(mvc.perform(get("/api/staff/ticketing/sales/by-day").with(manager))
                .andReturn().getResponse().getContentAsString());
        var sellThrough = json.readTree(mvc.perform(get("/api/staff/ticketing/sales/sell-through").param("limit", "500")
                .with(manager)).andReturn().getResponse().getContentAsString());
        var html = mvc.perform(get("/staff/ticketing").with(manager).header("Accept-Language", "en"))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

        // The day table: one row per day of the API, the same figures.
        var rows = java.util.regex.Pattern.compile("<tr data-day=\"([0-9-]+)\">\\s*<th scope=\"row\">[^<]*</th>\\s*"
                + "<td>(\\d+)</td><td>(\\d+)</td><td>(\\d+)</td><td>(\\d+)</td>").matcher(html);
        var fromPage = new java.util.ArrayList<List<String>>();
        while (rows.find()) {
            fromPage.add(List.of(rows.group(1), rows.group(2), rows.group(3), rows.group(4), rows.group(5)));
        }
        var fromApi = new java.util.ArrayList<List<String>>();
        byDay.forEach(d -> fromApi.add(List.of(d.get("day").asString(), d.get("a").asString(), d.get("b").asString(),
                d.get("c").asString(), d.get("d").asString())));
        assertThat(fromPage).isEqualTo(fromApi).isNotEmpty();
        // Every paid ticket is on a day: the days add up to the ledger's paid tickets.
        long perDay = 0;
        for (var d : byDay) {
            perDay += d.get("a").asLong() + d.get("b").asLong() + d.get("c").asLong() + d.get("d").asLong();
        }
        long sold = 0;
        for (var t : sellThrough) {
            sold += t.get("sold").asLong();
        }
        assertThat(perDay).isGreaterThanOrEqualTo(sold).isGreaterThanOrEqualTo(3);
        // The session just sold is in the sell-through, out of the seats its map has.
        var session = bought.session().code();
        var line = java.util.stream.StreamSupport.stream(sellThrough.spliterator(), false)
                .filter(t -> t.get("session").asString().equals(session)).findFirst().orElseThrow();
        assertThat(line.get("sold").asLong()).isGreaterThanOrEqualTo(3);
        // Its seats on public sale: the site's published capacity less the partners' quota (20 % by default).
        var site = programme.venues().stream().flatMap(v -> v.sites().stream())
                .filter(x -> x.code().equals(bought.session().siteCode())).findFirst().orElseThrow();
        assertThat(line.get("seats").asDouble() / site.capacity()).isBetween(0.79, 0.81);
        assertThat(html).contains("id=\"sales-by-day-chart\"");
    }
}

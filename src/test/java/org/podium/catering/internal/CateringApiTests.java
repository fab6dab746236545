package org.podium.catering.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.podium.catering.PurchaseRequested;
import org.podium.support.PodiumIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** The catering API: labels out, counts and scans in, orders as purchase-request events; bad input as problems storing nothing. */
@PodiumIntegrationTest
@RecordApplicationEvents
class CateringApiTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    @Test
    void aRecipesLabelComesFromItsSubRecipe() throws Exception {
        // The gratin's own lines are beef, potato, cheese and the béchamel: gluten (flour) comes from the béchamel.
        mvc.perform(get("/api/staff/catering/recipes/BEEF_GRATIN").with(user("chef").roles("CHEF")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.allergens").value(org.hamcrest.Matchers.containsInAnyOrder("GLUTEN", "MILK")))
                // Beef certified halal and kosher, but the béchamel's milk with meat is not kosher; flour is not gluten-free.
                .andExpect(jsonPath("$.tags").value(org.hamcrest.Matchers.containsInAnyOrder("HALAL")))
                .andExpect(jsonPath("$.nutrition.kcal").isNumber());
        mvc.perform(get("/api/staff/catering/recipes/BEEF_GRATIN").with(user("driver").roles("DRIVER"))).andExpect(status().isForbidden());
    }

    @Test
    void anOrderIsStoredAndAnnouncedAsAPurchaseRequest() throws Exception {
        var before = jdbc.sql("select count(*) from catering.purchase_request").query(Long.class).single();
        mvc.perform(post("/api/staff/catering/orders").with(user("catering").roles("CATERING_MANAGER")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ingredient\":\"FLOUR\",\"kg\":500,\"day\":\"2024-07-21\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.arrivesOn").value("2024-07-26"));
        assertThat(events.stream(PurchaseRequested.class)).singleElement()
                .satisfies(e -> assertThat(e.ingredient()).isEqualTo("FLOUR"))
                .satisfies(e -> assertThat(e.raisedBy()).isEqualTo("catering"));
        assertThat(jdbc.sql("select count(*) from catering.purchase_request").query(Long.class).single()).isEqualTo(before + 1);
    }

    @Test
    void badInputIsAProblemAndStoresNothing() throws Exception {
        var manager = user("catering").roles("CATERING_MANAGER");
        var orders = jdbc.sql("select count(*) from catering.purchase_request").query(Long.class).single();
        mvc.perform(post("/api/staff/catering/orders").with(manager).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ingredient\":\"CAVIAR\",\"kg\":5,\"day\":\"2024-07-21\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.title").exists());
        mvc.perform(post("/api/staff/catering/orders").with(manager).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ingredient\":\"EGG\",\"kg\":-5,\"day\":\"2024-07-21\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/api/staff/catering/counts").with(manager).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"day\":\"2024-07-21\",\"recipe\":\"NO_SUCH_DISH\",\"portions\":5}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/staff/catering/passages").with(manager).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"accreditation\":\"<script>\",\"entering\":true}"))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from catering.purchase_request").query(Long.class).single()).isEqualTo(orders);
        assertThat(jdbc.sql("select count(*) from catering.dish_count where recipe = 'NO_SUCH_DISH'").query(Long.class).single()).isZero();
    }

    @Test
    void doorScansGiveTheOccupancy() throws Exception {
        var manager = user("catering").roles("CATERING_MANAGER");
        var before = mvc.perform(get("/api/staff/catering/occupancy").with(manager)).andReturn().getResponse().getContentAsString();
        var inside = com.jayway.jsonpath.JsonPath.<Integer>read(before, "$.inside");
        for (var i = 0; i < 3; i++) {
            mvc.perform(post("/api/staff/catering/passages").with(manager).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"accreditation\":\"ACC-00" + i + "\",\"entering\":true}")).andExpect(status().isNoContent());
        }
        mvc.perform(post("/api/staff/catering/passages").with(manager).contentType(MediaType.APPLICATION_JSON)
                .content("{\"accreditation\":\"ACC-000\",\"entering\":false}")).andExpect(status().isNoContent());
        mvc.perform(get("/api/staff/catering/occupancy").with(manager))
                .andExpect(jsonPath("$.inside").value(inside + 2))
                .andExpect(jsonPath("$.seats").value(3500))
                .andExpect(jsonPath("$.waitMinutes").value(0));
    }
}

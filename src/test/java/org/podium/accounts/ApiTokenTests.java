package org.podium.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.EnumSet;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.podium.audit.AuditTrail;
import org.podium.support.PodiumIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.json.JsonMapper;

/** Venue systems post with an API token instead of a password: issued with the password, shown once, expiring, revocable. */
@PodiumIntegrationTest
@org.springframework.test.context.event.RecordApplicationEvents
class ApiTokenTests {

    private static final String PASSWORD = "a-long-enough-desk-password";
    private static final String UNIT = "ATHMMARATHON----------FNL-000100--";

    @Autowired MockMvc mvc;
    @Autowired StaffAccounts staff;
    @Autowired JdbcClient jdbc;
    @Autowired AuditTrail audit;
    @Autowired JsonMapper json;
    @Autowired org.podium.games.Programme programme;
    @Autowired org.springframework.test.context.event.ApplicationEvents events;

    private String issue(String username, String body) throws Exception {
        var response = mvc.perform(post("/api/staff/tokens").with(httpBasic(username, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(response).get("token").asString();
    }

    private ResultActions postResult(String token, String message) throws Exception {
        return mvc.perform(post("/api/staff/results/units/" + UNIT).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(message));
    }

    @Test
    void aVenueSystemPostsWithItsTokenUntilItIsRevoked() throws Exception {
        staff.createOrReset("stade-desk", "Stade de France results desk", PASSWORD, EnumSet.of(StaffRole.RESULTS_OPERATOR), "test");
        staff.createOrReset("token-admin", "Admin", PASSWORD, EnumSet.of(StaffRole.ADMIN), "test");
        mvc.perform(put("/api/admin/results/operators/stade-desk/venues").with(httpBasic("token-admin", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("[\"" + programme.unit(UNIT).venueTag() + "\"]"))
                .andExpect(status().is2xxSuccessful());

        var token = issue("stade-desk", """
                {"label":"timing gateway, track","days":7}""");
        assertThat(token).startsWith("pdm_").hasSizeGreaterThan(40);

        postResult(token, """
                {"status":"START_LIST","entries":[{"competitorCode":"R1","competitorName":"Runner","noc":"NOR","resultType":"TIME"}]}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        // The secret is never listed; a token cannot issue another token.
        mvc.perform(get("/api/staff/tokens").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].label").value("timing gateway, track"))
                .andExpect(jsonPath("$[0].token").doesNotExist());
        mvc.perform(post("/api/staff/tokens").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"label\":\"more\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://podium.example/problems/token-needs-password"));

        var id = jdbc.sql("select id from accounts.api_token where username = 'stade-desk'").query(java.util.UUID.class).single();
        mvc.perform(delete("/api/staff/tokens/" + id).with(httpBasic("stade-desk", PASSWORD))).andExpect(status().isNoContent());
        postResult(token, """
                {"status":"LIVE","entries":[{"competitorCode":"R1","value":"2:06:26"}]}""")
                .andExpect(status().isUnauthorized());
        mvc.perform(delete("/api/staff/tokens/" + id).with(httpBasic("stade-desk", PASSWORD))).andExpect(status().isNotFound());
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(audit.latest(50, "accounts.token.revoked")).anySatisfy(e -> assertThat(e.target()).isEqualTo(id.toString())));
    }

    @Test
    void aStaffMemberIssuesSeesAndRevokesTokensInTheBackOffice() throws Exception {
        staff.createOrReset("aquatics-desk", "Aquatics results desk", PASSWORD, EnumSet.of(StaffRole.RESULTS_OPERATOR), "test");
        var member = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("aquatics-desk")
                .roles("RESULTS_OPERATOR");
        var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();

        var issued = mvc.perform(post("/staff/tokens").with(member).with(csrf).param("label", "scoreboard bridge").param("days", "3"))
                .andExpect(status().is3xxRedirection())
                .andReturn().getFlashMap().get("issued");
        assertThat(issued).isNotNull();
        // The page after the redirect shows the secret once, as the member sees it.
        var shown = mvc.perform(get("/staff/tokens").with(member).flashAttr("issued", issued))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var secret = java.util.regex.Pattern.compile("id=\"issued-token\"[^>]*value=\"(pdm_[A-Za-z0-9_-]+)\"").matcher(shown);
        assertThat(secret.find()).as(shown).isTrue();
        var token = secret.group(1);
        mvc.perform(get("/api/staff/tokens").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

        mvc.perform(get("/staff/tokens").with(member).param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("scoreboard bridge"),
                                org.hamcrest.Matchers.containsString("valide"), org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(token)))));
        // Without the form's CSRF token nothing is issued.
        mvc.perform(post("/staff/tokens").with(member).param("label", "forged")).andExpect(status().isForbidden());

        var id = jdbc.sql("select id from accounts.api_token where username = 'aquatics-desk'").query(java.util.UUID.class).single();
        mvc.perform(post("/staff/tokens/" + id + "/revoke").with(member).with(csrf)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/staff/tokens").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
    }

    @Test
    void refusesUnknownExpiredAndWrongRoleTokens() throws Exception {
        staff.createOrReset("gate-scripts", "Gate scripts", PASSWORD, EnumSet.of(StaffRole.GATE_STAFF), "test");
        var gateToken = issue("gate-scripts", """
                {"label":"gate reports"}""");
        postResult(gateToken, "{}").andExpect(status().isForbidden());
        postResult("pdm_" + "A".repeat(43), "{}").andExpect(status().isUnauthorized());
        postResult("not-even-a-token", "{}").andExpect(status().isUnauthorized());

        jdbc.sql("update accounts.api_token set expires_at = now() - interval '1 minute' where username = 'gate-scripts'").update();
        mvc.perform(get("/api/staff/tokens").header("Authorization", "Bearer " + gateToken)).andExpect(status().isUnauthorized());

        mvc.perform(post("/api/staff/tokens").with(httpBasic("gate-scripts", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"label\":\"too long\",\"days\":365}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/staff/tokens").with(httpBasic("gate-scripts", "wrong-password-entirely")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"label\":\"x\"}"))
                .andExpect(status().isUnauthorized());

        // The SOC sees guessed tokens and wrong passwords on the machine API as failed sign-ins.
        assertThat(events.stream(SignInAttempted.class).filter(a -> a.kind().equals("API")))
                .extracting(SignInAttempted::username, SignInAttempted::succeeded)
                .contains(org.assertj.core.groups.Tuple.tuple("(api token)", false), org.assertj.core.groups.Tuple.tuple("gate-scripts", false));
        assertThat(events.stream(SignInAttempted.class)).noneMatch(SignInAttempted::succeeded);
    }
}

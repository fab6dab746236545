package org.podium.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.podium.accounts.internal.DemoAccounts;
import org.podium.audit.AuditTrail;
import org.podium.support.PodiumIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@PodiumIntegrationTest
class AccessTests {

    @Autowired MockMvc mvc;
    @Autowired DemoAccounts demo;
    @Autowired AuditTrail audit;
    @Autowired FanAccounts fans;

    private DemoAccounts.Credential demo(String username) {
        return demo.issued().stream().filter(c -> c.username().equals(username)).findFirst().orElseThrow();
    }

    @Test
    void sendsAnonymousVisitorsOfAFanPageToTheSignIn() throws Exception {
        mvc.perform(get("/account")).andExpect(status().isFound())
                .andExpect(redirectedUrl("/account/login"));
    }

    @Test
    void signsInAStaffMemberWithADemoAccount() throws Exception {
        var admin = demo("admin");
        mvc.perform(post("/staff/login").param("username", admin.username()).param("password", admin.password()).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/staff"));
    }

    @Test
    void refusesAWrongStaffPassword() throws Exception {
        mvc.perform(post("/staff/login").param("username", "admin").param("password", "not-the-password").with(csrf()))
                .andExpect(redirectedUrl("/staff/login?error"));
    }

    @Test
    void refusesFormsWithoutTheirCsrfToken() throws Exception {
        mvc.perform(post("/account/register").param("email", "no-token@example.org").param("displayName", "No token")
                        .param("password", "a-long-enough-password"))
                .andExpect(status().isForbidden());
        assertThat(fans.findByEmail("no-token@example.org")).isEmpty();
        var admin = demo("admin");
        mvc.perform(post("/staff/login").param("username", admin.username()).param("password", admin.password()))
                .andExpect(status().isForbidden());
    }

    @Test
    void registersAFanWhoCanThenSignIn() throws Exception {
        mvc.perform(post("/account/register").param("email", "Camille@Example.org").param("displayName", "Camille")
                        .param("password", "correct horse battery").with(csrf()))
                .andExpect(redirectedUrl("/account/login?registered"));
        mvc.perform(post("/account/login").param("email", "camille@example.org").param("password", "correct horse battery")
                        .with(csrf()))
                .andExpect(redirectedUrl("/account"));
        assertThat(fans.findByEmail("camille@example.org")).get().extracting(Fan::displayName).isEqualTo("Camille");
    }

    @Test
    void keepsTheFormAndSaysWhatIsWrongWithABadRegistration() throws Exception {
        mvc.perform(post("/account/register").param("email", "not-an-email").param("displayName", "")
                        .param("password", "short").with(csrf()))
                .andExpect(status().isOk());
        assertThat(fans.findByEmail("not-an-email")).isEmpty();
    }

    @Test
    void letsOnlyAdministratorsSetTheClock() throws Exception {
        var results = demo("results");
        mvc.perform(put("/api/admin/clock").with(httpBasic(results.username(), results.password()))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"mode\":\"SIMULATED\",\"start\":\"2024-08-01T10:00:00+02:00\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/admin/clock").contentType(MediaType.APPLICATION_JSON).content("{\"mode\":\"REAL\"}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void recordsTheClockChangeOfAnAdministratorInTheAuditTrail() throws Exception {
        var admin = demo("admin");
        mvc.perform(put("/api/admin/clock").with(httpBasic(admin.username(), admin.password()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mode\":\"SIMULATED\",\"start\":\"2024-07-27T09:00:00+02:00\",\"speed\":1}"))
                .andExpect(status().isOk());

        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(audit.latest(50, "games.clock")).anySatisfy(entry -> {
                    assertThat(entry.actor()).isEqualTo("admin");
                    assertThat(entry.detail()).contains("SIMULATED");
                }));
    }

    @Test
    void exposesHealthToAllAndMetricsToAdministratorsOnly() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        var admin = demo("admin");
        mvc.perform(get("/actuator/prometheus").with(httpBasic(admin.username(), admin.password())))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("podium_programme_import_seconds_count")));
    }

    @Test
    void keepsStaffPagesFromOtherRoles() throws Exception {
        mvc.perform(get("/staff/admin/clock").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.user("gate").roles("GATE_STAFF")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/staff/audit").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.user("admin").roles("ADMIN")))
                .andExpect(status().isOk());
    }
}

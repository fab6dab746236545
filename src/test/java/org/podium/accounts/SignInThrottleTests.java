package org.podium.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.podium.support.ClientAddresses.from;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.podium.accounts.internal.DemoAccounts;
import org.podium.soc.internal.SocTestSupport;
import org.podium.support.PodiumIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Password guessing, as an attacker would try it: wrong passwords to a fan, to a staff account over
 * HTTP Basic, and to many names from one address. Each test comes from its own client address so
 * that the suite's other sign-ins (all from 127.0.0.1) are not paused by these.
 */
@PodiumIntegrationTest
class SignInThrottleTests {

    private static final String LOCK_RULE = "3c9d1e7a-52b4-4f0e-9a61-8d2b7c4e1f05";
    private static final AtomicInteger ADDRESSES = new AtomicInteger(10);

    @Autowired MockMvc mvc;
    @Autowired FanAccounts fans;
    @Autowired StaffAccounts staff;
    @Autowired DemoAccounts demo;
    @Autowired SocTestSupport soc;

    private static String anAddress() {
        return "198.51.100." + ADDRESSES.incrementAndGet();
    }

    private ResultActions fanSignIn(String email, String password, String address) throws Exception {
        return mvc.perform(post("/account/login").with(csrf()).with(from(address)).param("email", email).param("password", password));
    }

    @Test
    void fiveWrongPasswordsPauseAFanAndTheRightOneIsNotHeardUntilAnAdministratorUnlocks() throws Exception {
        var email = "throttled-" + UUID.randomUUID() + "@example.org";
        fans.register(email, "Throttled Fan", "correct horse battery staple", "en");
        var address = anAddress();
        var alertsBefore = soc.alertsOf(LOCK_RULE);

        for (var i = 0; i < 5; i++) {
            fanSignIn(email, "guess number " + i, address).andExpect(redirectedUrl("/account/login?error"));
        }
        // Paused: the right password is not even looked at, and the page says so and for how long.
        fanSignIn(email, "correct horse battery staple", address).andExpect(redirectedUrl("/account/login?locked=5"))
                .andExpect(header().exists("Retry-After"));
        // From another address too: the pause is the account's.
        fanSignIn(email, "correct horse battery staple", anAddress()).andExpect(redirectedUrl("/account/login?locked=5"));
        mvc.perform(get("/account/login").param("locked", "5").header("Accept-Language", "fr"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("la connexion est suspendue 5 min")));

        // The SOC gets one alert for the lock.
        soc.awaitAlerts(LOCK_RULE, alertsBefore + 1);
        assertThat(soc.lastEvidence(LOCK_RULE)).contains(email).contains("ACCOUNT");

        // An administrator sees the lock and unlocks it (audited); the owner signs in.
        var admin = demo.issued().stream().filter(c -> c.username().equals("admin")).findFirst().orElseThrow();
        mvc.perform(get("/api/admin/sign-in/locks").with(httpBasic(admin.username(), admin.password())))
                .andExpect(jsonPath("$[?(@.key == 'FAN:" + email + "')].scope").value("ACCOUNT"));
        mvc.perform(delete("/api/admin/sign-in/locks/" + email).with(httpBasic(admin.username(), admin.password())))
                .andExpect(status().isNoContent());
        fanSignIn(email, "correct horse battery staple", address).andExpect(redirectedUrl("/account"));
    }

    @Test
    void aNameNoAccountHasIsPausedExactlyLikeOneThatExists() throws Exception {
        var existing = "exists-" + UUID.randomUUID() + "@example.org";
        fans.register(existing, "Existing Fan", "correct horse battery staple", "en");
        var missing = "missing-" + UUID.randomUUID() + "@example.org";
        var address = anAddress();
        for (var i = 0; i < 5; i++) {
            var forExisting = fanSignIn(existing, "guess " + i, address).andReturn().getResponse();
            var forMissing = fanSignIn(missing, "guess " + i, address).andReturn().getResponse();
            assertThat(forMissing.getRedirectedUrl()).isEqualTo(forExisting.getRedirectedUrl()).isEqualTo("/account/login?error");
        }
        assertThat(fanSignIn(missing, "anything", address).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo(fanSignIn(existing, "anything", address).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/account/login?locked=5");
    }

    @Test
    void aStaffAccountGuessedOverHttpBasicIsPausedWithA429Problem() throws Exception {
        var name = "basic-" + UUID.randomUUID().toString().substring(0, 8);
        var password = "a long staff password " + UUID.randomUUID();
        staff.createOrReset(name, "Basic Tester", password, java.util.Set.of(StaffRole.SOC_ANALYST), "test");
        var address = anAddress();
        for (var i = 0; i < 5; i++) {
            mvc.perform(get("/api/staff/soc/events").with(httpBasic(name, "wrong " + i)).with(from(address)))
                    .andExpect(status().isUnauthorized())
                    .andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE))
                    .andExpect(header().exists("WWW-Authenticate"));
        }
        mvc.perform(get("/api/staff/soc/events").with(httpBasic(name, password)).with(from(address)))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.type").value("https://podium.example/problems/sign-in-paused"));
        // The staff form shares the allowance: the second door gives no extra guesses.
        mvc.perform(post("/staff/login").with(csrf()).with(from(anAddress())).param("username", name).param("password", password))
                .andExpect(redirectedUrl("/staff/login?locked=5"));
    }

    @Test
    void oneAddressTryingManyNamesIsPausedForEveryName() throws Exception {
        var address = anAddress();
        for (var i = 0; i < 20; i++) {
            fanSignIn("spray-" + i + "-" + UUID.randomUUID() + "@example.org", "Summer2024!", address)
                    .andExpect(redirectedUrl("/account/login?error"));
        }
        var email = "sprayed-" + UUID.randomUUID() + "@example.org";
        fans.register(email, "Sprayed Fan", "correct horse battery staple", "en");
        fanSignIn(email, "correct horse battery staple", address).andExpect(redirectedUrl("/account/login?locked=5"));
        // The fan from elsewhere is not punished for the sprayer's address.
        fanSignIn(email, "correct horse battery staple", anAddress()).andExpect(redirectedUrl("/account"));
    }
}

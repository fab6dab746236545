package org.podium.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.podium.support.ClientAddresses.from;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.podium.support.PodiumIntegrationTest;
import org.podium.support.TestMailServer;
import org.podium.support.VerifiedFans;
import org.podium.ticketing.internal.SaleRefused;
import org.podium.ticketing.internal.TicketingTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Fan accounts cost something to mint: a verified address (a link sent over SMTP, to GreenMail
 * here), a password outside the lists attackers try first, and ten registrations an hour per
 * network. Each registration comes from its own test address so that the suite's own (from
 * 127.0.0.1) are not counted against these.
 */
@PodiumIntegrationTest
class FanVerificationTests {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(10);

    @Autowired MockMvc mvc;
    @Autowired FanAccounts fans;
    @Autowired VerifiedFans verifiedFans;
    @Autowired TicketingTestSupport ticketing;
    @Autowired JdbcClient jdbc;

    private static String anAddress() {
        return "192.0.2." + ADDRESSES.incrementAndGet();
    }

    private ResultActions register(String email, String name, String password, String address) throws Exception {
        return mvc.perform(post("/account/register").with(csrf()).with(from(address))
                .param("email", email).param("displayName", name).param("password", password));
    }

    @Test
    void aNewFanBuysNothingUntilTheyOpenTheLinkMailedToThem() throws Exception {
        var email = "new-" + UUID.randomUUID() + "@example.org";
        register(email, "Nadia Comăneci", "a perfect ten on the beam", anAddress()).andExpect(redirectedUrl("/account/login?registered"));
        var fan = fans.findByEmail(email).orElseThrow();
        assertThatThrownBy(() -> ticketing.paidOrder("north-paris-arena", fan.id(), 1, "Nadia Comaneci"))
                .isInstanceOfSatisfying(SaleRefused.class, r -> assertThat(r.kind()).isEqualTo(SaleRefused.Kind.EMAIL_NOT_VERIFIED));
        mvc.perform(post("/api/fan/holds").with(user(email).roles("FAN")).with(csrf()).contentType("application/json")
                        .content("{\"items\":[{\"session\":\"BCY-20240801-1\",\"category\":\"A\",\"quantity\":1}]}"))
                .andExpect(status().isForbidden())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.type")
                        .value("https://podium.example/problems/sale-email-not-verified"));

        var link = TestMailServer.verificationLink(email);
        assertThat(TestMailServer.to(email)).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Confirm your e-mail address for Podium");
            assertThat(mail.body()).startsWith("Hello Nadia Comăneci,").contains(link).contains("within 24 hours");
        });
        var token = TestMailServer.verificationToken(email);
        // Opening the link shows a button: a mail scanner that fetches it confirms nothing.
        mvc.perform(get("/account/verify").param("token", token)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Confirm my address")));
        assertThat(fans.isVerified(fan.id())).isFalse();
        mvc.perform(post("/account/verify").with(csrf()).param("token", token)).andExpect(redirectedUrl("/account/login?verified"));
        assertThat(fans.isVerified(fan.id())).isTrue();
        // One use: the same link again is refused, and nothing of the token is stored in clear.
        mvc.perform(post("/account/verify").with(csrf()).param("token", token)).andExpect(status().isGone());
        assertThat(jdbc.sql("select count(*) from accounts.email_verification where fan_id = :id").param("id", fan.id().value())
                .query(Integer.class).single()).isZero();

        assertThat(ticketing.paidOrder("north-paris-arena", fan.id(), 1, "Nadia Comaneci").tickets()).hasSize(1);
    }

    @Test
    void registeringATakenAddressAnswersAsANewOneAndTellsTheOwnerByMail() throws Exception {
        var taken = "taken-" + UUID.randomUUID() + "@example.org";
        verifiedFans.register(taken, "Owner", "violet harbour sixty kites", "en");
        var fresh = "fresh-" + UUID.randomUUID() + "@example.org";

        var forTaken = register(taken, "Impostor", "granite meadow eleven foxes", anAddress()).andReturn().getResponse();
        var forFresh = register(fresh, "Newcomer", "copper lagoon ninety owls", anAddress()).andReturn().getResponse();

        assertThat(forTaken.getStatus()).isEqualTo(forFresh.getStatus()).isEqualTo(302);
        assertThat(forTaken.getRedirectedUrl()).isEqualTo(forFresh.getRedirectedUrl()).isEqualTo("/account/login?registered");
        assertThat(fans.findByEmail(taken).orElseThrow().displayName()).isEqualTo("Owner");
        var reused = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> TestMailServer.to(taken), mails -> mails.size() == 2).getLast();
        assertThat(reused.subject()).isEqualTo("Someone tried to open a Podium account with your address");
        assertThat(reused.body()).contains("No second account was opened").doesNotContain("/account/verify");
    }

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaa", "123456789012", "passwordpassword", "qwertyuiop123", "iloveyou1234", "Paris2024Paris2024"})
    void aPasswordAttackersTryFirstIsRefused(String password) throws Exception {
        var email = "weak-" + UUID.randomUUID() + "@example.org";
        register(email, "Weak Fan", password, anAddress()).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("among the first an attacker tries")));
        assertThat(fans.findByEmail(email)).isEmpty();
    }

    @Test
    void aPasswordWithTheAddressOrTheNameIsRefused() throws Exception {
        var email = "marie.jose.perec-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        register(email, "Marie-José Pérec", email, anAddress()).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("may not contain your e-mail address or your name")));
        register(email, "Marie-José Pérec", "marie-josé pérec 400 m", anAddress()).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("may not contain your e-mail address or your name")));
        assertThat(fans.findByEmail(email)).isEmpty();
    }

    @Test
    void oneNetworkOpensTenAccountsAnHourAndTheEleventhWaits() throws Exception {
        var address = anAddress();
        for (var i = 0; i < 10; i++) {
            register("household-" + i + "-" + UUID.randomUUID() + "@example.org", "Member " + i, "amber canyon " + i + " quiet drums", address)
                    .andExpect(redirectedUrl("/account/login?registered"));
        }
        var eleventh = "eleventh-" + UUID.randomUUID() + "@example.org";
        register(eleventh, "Eleventh", "silver tundra forty lamps", address)
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().string(Matchers.containsString("Too many accounts were opened from your network")));
        assertThat(fans.findByEmail(eleventh)).isEmpty();
        register(eleventh, "Eleventh", "silver tundra forty lamps", anAddress()).andExpect(redirectedUrl("/account/login?registered"));
    }

    @Test
    void aFanAsksForANewLinkThreeTimesAnHourAndTheNewestWorks() throws Exception {
        var email = "resend-" + UUID.randomUUID() + "@example.org";
        var fan = fans.register(email, "Resender", "hollow comet twelve pears", "en");
        TestMailServer.verificationLink(email);
        for (var i = 0; i < 3; i++) {
            mvc.perform(post("/account/verification").with(user(email).roles("FAN")).with(csrf())).andExpect(redirectedUrl("/account?sent"));
        }
        var fourth = mvc.perform(post("/account/verification").with(user(email).roles("FAN")).with(csrf())).andReturn().getResponse();
        assertThat(fourth.getRedirectedUrl()).matches("/account\\?wait=\\d+");
        assertThat(TestMailServer.to(email)).hasSize(4);
        mvc.perform(post("/account/verify").with(csrf()).param("token", TestMailServer.verificationToken(email)))
                .andExpect(redirectedUrl("/account/login?verified"));
        assertThat(fans.isVerified(fan.id())).isTrue();
    }
}

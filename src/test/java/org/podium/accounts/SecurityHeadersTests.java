package org.podium.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.podium.support.PodiumIntegrationTest;
import org.podium.ticketing.internal.TicketingTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a browser is told to enforce, read from real HTTP answers of the running server: a
 * Content-Security-Policy without inline scripts, a Referrer-Policy, a Permissions-Policy, no
 * framing, cookies SameSite=Lax (Secure over HTTPS), HSTS over HTTPS only. That the pages keep
 * working under the policy is the accessibility journey's check of Chromium's console.
 */
@PodiumIntegrationTest
class SecurityHeadersTests {

    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired TicketingTestSupport ticketing;
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> fetch(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyAnswerCarriesThePoliciesAPageIsHeldTo() throws Exception {
        for (var path : new String[] {"/", "/account/login", "/api/results/events/SWMM100MBR/records", "/api/admin/events", "/no-such-page"}) {
            var headers = fetch(path).headers();
            var csp = headers.firstValue("Content-Security-Policy").orElseThrow(() -> new AssertionError("no CSP on " + path));
            assertThat(csp).as(path).contains("script-src 'self'", "style-src 'self'", "object-src 'none'", "frame-ancestors 'none'",
                    "base-uri 'self'", "form-action 'self'").doesNotContain("unsafe-inline", "unsafe-eval", "*");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
            assertThat(headers.firstValue("Permissions-Policy")).as(path).get().asString()
                    .contains("camera=(self)", "microphone=()", "geolocation=()");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(headers.firstValue("Strict-Transport-Security")).as("no HSTS over plain HTTP: " + path).isEmpty();
        }
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndHttpOnly() throws Exception {
        var cookie = fetch("/account/login").headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly").doesNotContainIgnoringCase("Secure");
    }

    @Test
    void overHttpsHstsIsSentAndTheQueueCookieIsSecure() throws Exception {
        mvc.perform(get("/").secure(true))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
        var session = ticketing.waitingRoomWithVisitorsAhead("porte-de-la-chapelle-arena", 0, 100);
        try {
            var queue = mvc.perform(get("/tickets/queue/" + session.code()).secure(true)).andReturn().getResponse().getCookie("podium-queue");
            assertThat(queue).isNotNull();
            assertThat(queue.getSecure()).isTrue();
            assertThat(queue.isHttpOnly()).isTrue();
            assertThat(queue.getAttribute("SameSite")).isEqualTo("Lax");
        } finally {
            ticketing.removeWaitingRoom(session);
        }
    }
}

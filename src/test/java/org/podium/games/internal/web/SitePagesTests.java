package org.podium.games.internal.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.podium.support.PodiumIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PodiumIntegrationTest
class SitePagesTests {

    @Autowired MockMvc mvc;
    @Autowired org.podium.games.GamesClock clock;
    @Autowired org.podium.games.Programme programme;

    @Test
    void showsMedalUnitsInFrenchWithoutEnglishOrEscapingLeftOver() throws Exception {
        mvc.perform(get("/schedule").param("lang", "fr").param("day", "2024-08-04").param("sport", "ATH"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<html lang=\"fr\">"),
                        containsString("Hommes 100m Finale"),
                        containsString("Médaille d&#39;or"),
                        not(containsString("d&#39;&#39;or")),
                        not(containsString("Gold medal")),
                        not(containsString("Finished")))));
    }

    @Test
    void followsTheBrowserLanguageAndOffersTheOtherOneOnce() throws Exception {
        mvc.perform(get("/schedule?sport=JUD").header("Accept-Language", "de-DE,fr;q=0.8"))
                .andExpect(content().string(allOf(containsString("Tous les jours"),
                        containsString("href=\"/schedule?sport=JUD&amp;lang=en\""))))
                .andExpect(result -> {
                    var body = result.getResponse().getContentAsString();
                    org.assertj.core.api.Assertions.assertThat(body.split("id=\"lang-switch\"", -1)).hasSize(2);
                });
        mvc.perform(get("/").header("Accept-Language", "de-DE"))
                .andExpect(content().string(containsString("Today at the Games")));
    }

    @Test
    void showsAVenueWithItsSitesCapacityAndSessions() throws Exception {
        mvc.perform(get("/venues/south-paris-arena").param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Arena Paris Sud"), containsString("26 450"),
                        containsString("SP1-20240727-1"))));
        mvc.perform(get("/venues/la-concorde").param("lang", "en"))
                .andExpect(content().string(containsString("Unknown")));
    }

    @Test
    void showsASportAndAnEventWithTheirUnits() throws Exception {
        mvc.perform(get("/sports/SWM").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Men&#39;s 100m Backstroke")));
        mvc.perform(get("/events/SWMM100MBA").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("SWMM100MBA------------FNL-000100--"),
                        containsString("Gold medal"))));
    }

    @Test
    void servesTheScriptsThePagesLoad() throws Exception {
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
        mvc.perform(get("/webjars/htmx-ext-sse/sse.js")).andExpect(status().isOk());
        mvc.perform(get("/css/podium.css")).andExpect(status().isOk());
    }

    @Test
    void answersAnUnknownVenueWithATranslatedNotFoundPage() throws Exception {
        mvc.perform(get("/venues/atlantis").param("lang", "fr"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Page introuvable")));
    }

    @Test
    void showsEachUnitsStateAsTheGamesClockSeesIt() throws Exception {
        var before = clock.setting();
        try {
            // 4 August 2024 at 12:00 in Paris: the morning's heptathlon is over, the men's 100 m final (21:55) to come.
            clock.simulate(java.time.Instant.parse("2024-08-04T10:00:00Z"), 1, "site-pages-tests");
            var body = mvc.perform(get("/schedule").param("lang", "en").param("day", "2024-08-04").param("sport", "ATH"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            var finalRow = body.substring(body.indexOf("data-unit=\"ATHM100M--------------FNL-000100--\""));
            finalRow = finalRow.substring(0, finalRow.indexOf("</tr>"));
            org.assertj.core.api.Assertions.assertThat(finalRow).contains("Scheduled").doesNotContain("Finished");
            org.assertj.core.api.Assertions.assertThat(body).contains("Finished");
            // The demo loads the whole official feed (in the background at start): its results are ahead of this clock.
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).untilAsserted(() ->
                    mvc.perform(get("/medals").param("lang", "fr"))
                            .andExpect(content().string(containsString("n&#39;ont pas encore eu lieu à l&#39;horloge des Jeux"))));
        } finally {
            clock.set(before, "site-pages-tests");
        }
    }

    @Test
    void namesASessionByItsSportAndItsFinalsWithTheCodeSecond() throws Exception {
        // The official schedule puts the men's 100 m final on 4 August at the Stade de France.
        var finalUnit = programme.unit("ATHM100M--------------FNL-000100--");
        var code = finalUnit.sessionCode();
        var body = mvc.perform(get("/venues/" + finalUnit.venueTag()).param("lang", "fr"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var row = body.substring(body.lastIndexOf("<tr", body.indexOf(">" + code + "<")));
        row = row.substring(0, row.indexOf("</tr>"));
        org.assertj.core.api.Assertions.assertThat(row)
                .contains("Athlétisme — Finales : ", "Hommes 100m", "class=\"session-code\"")
                .doesNotContain("Finals", "Men&#39;s");
        mvc.perform(get("/venues/" + finalUnit.venueTag()).param("lang", "en"))
                .andExpect(content().string(allOf(containsString("Athletics — Finals: "), containsString("Men&#39;s 100m"))));
    }

    @Test
    void namesTeamsByTheirCountryInThePagesLanguage() throws Exception {
        // The women's football final: the feed names the teams "United States" and "Brazil".
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).untilAsserted(() ->
                mvc.perform(get("/medals/events/FBLWTEAM11").param("lang", "fr"))
                        .andExpect(content().string(allOf(containsString("États-Unis"), containsString("Brésil"),
                                not(containsString(">United States<"))))));
        mvc.perform(get("/medals/events/FBLWTEAM11").param("lang", "en"))
                .andExpect(content().string(allOf(containsString("United States"), containsString("Brazil"))));
    }

    @Test
    void refusesAClockFormInThePagesLanguage() throws Exception {
        var before = clock.setting();
        var admin = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("admin").roles("ADMIN");
        var refused = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/staff/admin/clock")
                        .with(admin).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .header("Accept-Language", "fr").param("mode", "SIMULATED").param("start", "demain"))
                .andReturn();
        mvc.perform(get("/staff/admin/clock").with(admin).header("Accept-Language", "fr")
                        .flashAttrs(refused.getFlashMap()))
                .andExpect(content().string(allOf(containsString("Le départ n&#39;est pas une date et une heure."),
                        not(containsString("yyyy-MM-dd")))));
        org.assertj.core.api.Assertions.assertThat(clock.setting()).isEqualTo(before);
    }

    @Test
    void answersAServerErrorWithAPageInTheSitesLayoutAndLanguage() throws Exception {
        // What the servlet container forwards to after an unexpected exception in a page.
        mvc.perform(get("/error").header("Accept-Language", "fr").accept(org.springframework.http.MediaType.TEXT_HTML)
                        .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI, "/tickets")
                        .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret detail")))
                .andExpect(status().isInternalServerError())
                .andExpect(content().string(allOf(containsString("<html lang=\"fr\">"), containsString("Un problème est survenu"),
                        containsString("class=\"site-header\""), not(containsString("secret detail")),
                        not(containsString("IllegalStateException")))));
    }
}

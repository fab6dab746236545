package org.podium.results.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.podium.results.internal.ResultsImporter;
import org.podium.support.PodiumIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PodiumIntegrationTest
class ResultPagesTests {

    @Autowired MockMvc mvc;
    @Autowired ResultsImporter importer;

    @BeforeEach
    void feedLoaded() {
        importer.importFeed("classpath:results-feed/");
    }

    @Test
    void showsAUnitResultInRankOrderWithSharedPlaces() throws Exception {
        mvc.perform(get("/results/units/SWMM100MBR------------FNL-000100--").param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Officiel"), containsString("MARTINENGHI Nicolo"),
                        containsString("<td>=2</td>"), containsString("sse-connect=\"/api/results/stream\""))));
    }

    @Test
    void anEventPageShowsTheGroupTablesComputedFromTheMatches() throws Exception {
        mvc.perform(get("/medals/events/FBLMTEAM11").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Group tables"), containsString("Group B"),
                        containsString("Morocco"), containsString("<td>9</td>"))));
        mvc.perform(get("/api/results/events/FBLMTEAM11/groups"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[1].table[0].noc").value("MAR"))
                .andExpect(jsonPath("$[1].table[1].noc").value("ARG"));
    }

    @Test
    void aCombatEventPageShowsTheWholeFieldsStandingFromTheBouts() throws Exception {
        mvc.perform(get("/medals/events/JUDM60KG").param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Classement final"), containsString("SMETOV Yeldos"),
                        containsString("<td>3=</td>"), containsString("Repêchage (perdu)"))));
        mvc.perform(get("/api/results/events/JUDM60KG/bracket"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].noc").value("KAZ"))
                .andExpect(jsonPath("$[2].place").value(3))
                .andExpect(jsonPath("$[3].place").value(3))
                .andExpect(jsonPath("$[3].shared").value(true));
        mvc.perform(get("/api/results/events/SWMM100MBR/bracket")).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void aBroadcasterPollsTheDaysScheduleWithEachUnitsResultStatus() throws Exception {
        var etag = mvc.perform(get("/api/results/schedule").param("day", "2024-07-28").param("discipline", "SWM"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.unitCode == 'SWMM100MBR------------FNL-000100--')].resultStatus").value("OFFICIAL"))
                .andExpect(jsonPath("$[?(@.unitCode == 'SWMM100MBR------------FNL-000100--')].medal").value(1))
                .andExpect(jsonPath("$[0].scheduleStatus").exists())
                .andReturn().getResponse().getHeader("ETag");
        assertThat(etag).isNotBlank();
        mvc.perform(get("/api/results/schedule").param("day", "2024-07-28").param("discipline", "SWM").header("If-None-Match", etag))
                .andExpect(status().isNotModified());
        mvc.perform(get("/api/results/schedule").param("day", "29 July")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/results/schedule").param("day", "2024-07-28").param("discipline", "XXX")).andExpect(status().isNotFound());
    }

    @Test
    void namesTheNocsOfTheMedalTableInThePagesLanguage() throws Exception {
        mvc.perform(get("/medals").param("lang", "fr"))
                .andExpect(content().string(allOf(containsString("Tableau des médailles"), containsString("Chine"),
                        containsString("États-Unis"), org.hamcrest.Matchers.not(containsString("United States of America")))));
        mvc.perform(get("/medals").param("lang", "en"))
                .andExpect(content().string(containsString("United States of America")));
    }

    @Test
    void exportsAUnitResultAsXmlInPodiumsSchema() throws Exception {
        var xml = mvc.perform(get("/api/results/units/SWMM100MBR------------FNL-000100--.xml"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/xml"))
                .andReturn().getResponse().getContentAsString();
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var document = factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(xml)));
        var root = document.getDocumentElement();
        org.assertj.core.api.Assertions.assertThat(root.getNamespaceURI()).isEqualTo("urn:podium:results:1");
        org.assertj.core.api.Assertions.assertThat(root.getAttribute("status")).isEqualTo("OFFICIAL");
        var entries = root.getElementsByTagNameNS("urn:podium:results:1", "Entry");
        org.assertj.core.api.Assertions.assertThat(entries.getLength()).isEqualTo(8);
        var second = (org.w3c.dom.Element) entries.item(1);
        org.assertj.core.api.Assertions.assertThat(second.getAttribute("rank")).isEqualTo("2");
        org.assertj.core.api.Assertions.assertThat(second.getAttribute("rankEqual")).isEqualTo("true");
    }

    @Test
    void answersAnUnchangedPollWithNotModified() throws Exception {
        var etag = mvc.perform(get("/api/results/medal-table")).andExpect(status().isOk())
                .andReturn().getResponse().getHeader("ETag");
        org.assertj.core.api.Assertions.assertThat(etag).isNotBlank();
        mvc.perform(get("/api/results/medal-table").header("If-None-Match", etag)).andExpect(status().isNotModified());
    }

    @Test
    void showsANocsMedalsAndAnAthletesResults() throws Exception {
        mvc.perform(get("/nocs/ITA").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Italy"), containsString("MARTINENGHI Nicolo"))));
        var martinenghi = tools.jackson.databind.json.JsonMapper.builder().build().readTree(
                mvc.perform(get("/api/results/events/SWMM100MBR")).andReturn().getResponse().getContentAsString())
                .get("medallists").get(0).get("competitorCode").asString();
        mvc.perform(get("/athletes/" + martinenghi).param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("MARTINENGHI Nicolo"), containsString("Finale"),
                        containsString("59.03"))));
        mvc.perform(get("/nocs/XXX")).andExpect(status().isNotFound());
        mvc.perform(get("/athletes/nobody")).andExpect(status().isNotFound());
    }

    @Test
    void givesCommentatorsEarlierResultsAndHeadToHeadHistory() throws Exception {
        mvc.perform(get("/commentator/units/SWMM100MBR------------FNL-000100--").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Earlier in this event"), containsString("MARTINENGHI Nicolo"),
                        containsString("Semifinal"))));
        mvc.perform(get("/commentator/units/BOXM51KG--------------FNL-000100--").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Head to head"), containsString("DUSMATOV Hasanboy"))));
    }

    @Test
    void showsTheLatestResultOfAVenueOnItsScoreboard() throws Exception {
        mvc.perform(get("/scoreboard/paris-la-defense-arena"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("class=\"scoreboard\""), containsString("class=\"lines\""))));
        mvc.perform(get("/scoreboard/atlantis")).andExpect(status().isNotFound());
    }

    @Test
    void servesTheUnitResultAndTheEventOutcomeAsJson() throws Exception {
        mvc.perform(get("/api/results/units/SWMM100MBR------------FNL-000100--"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("OFFICIAL"))
                .andExpect(jsonPath("$.entries[1].rank").value(2))
                .andExpect(jsonPath("$.entries[1].rankEqual").value(true));
        mvc.perform(get("/api/results/events/SWMM100MBR"))
                .andExpect(jsonPath("$.medallists.length()").value(3));
        mvc.perform(get("/api/results/units/SWMM100MBR------------FNL-000900--")).andExpect(status().isNotFound());
        mvc.perform(get("/api/results/events/NOPE")).andExpect(status().isNotFound());
        mvc.perform(get("/api/results/rank-agreement")).andExpect(jsonPath("$[?(@.discipline == 'SWM')].agreeing").value(1632));
    }
}

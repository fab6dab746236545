package org.podium.games.internal.web;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.podium.support.PodiumIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@PodiumIntegrationTest
class ProgrammeApiTests {

    @Autowired MockMvc mvc;

    @Test
    void pagesTheUnitsOfADisciplineOnADay() throws Exception {
        mvc.perform(get("/api/units").param("day", "2024-07-28").param("discipline", "SWM").param("size", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(5))
                .andExpect(jsonPath("$.items[*].disciplineCode", everyItem(is("SWM"))))
                .andExpect(jsonPath("$.items[*].day", everyItem(is("2024-07-28"))))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.totalItems").isNumber());
    }

    @Test
    void answersAnUnknownUnitWithANotFoundProblem() throws Exception {
        mvc.perform(get("/api/units/NOPE"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://podium.example/problems/not-found"))
                .andExpect(jsonPath("$.kind").value("unit"));
    }

    @Test
    void answersBadParametersWithABadRequestProblem() throws Exception {
        mvc.perform(get("/api/units").param("size", "10000"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("size must be between 1 and 500, not 10000"));
        mvc.perform(get("/api/units").param("day", "yesterday"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void servesVenuesWithUnknownCapacitiesAsNull() throws Exception {
        mvc.perform(get("/api/venues/la-concorde"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.capacity").doesNotExist())
                .andExpect(jsonPath("$.sites.length()").value(4));
    }

    @Test
    void servesSessionsOfAVenueOnADay() throws Exception {
        mvc.perform(get("/api/sessions").param("venue", "paris-la-defense-arena").param("day", "2024-07-28"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].code").value("DEF-20240728-1"));
    }

    @Test
    void servesAnICalendarOfADiscipline() throws Exception {
        mvc.perform(get("/calendar/sports/SWM.ics").param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/calendar"))
                .andExpect(content().string(startsWith("BEGIN:VCALENDAR\r\n")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("SUMMARY:Natation - Hommes 100m Dos - Séries")));
    }

    @Test
    void publishesTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/units']").exists())
                .andExpect(jsonPath("$.info.title").value("Podium API"))
                .andExpect(jsonPath("$.info.description").value(org.hamcrest.Matchers.containsString("problem details")))
                .andExpect(jsonPath("$.servers[0].url").value(org.hamcrest.Matchers.startsWith("http://localhost")))
                .andExpect(jsonPath("$.components.securitySchemes.staffBasic.scheme").value("basic"))
                .andExpect(jsonPath("$.components.securitySchemes.apiToken.scheme").value("bearer"))
                .andExpect(jsonPath("$.components.securitySchemes.fanSession.in").value("cookie"));
    }
}

package org.podium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.podium.accounts.FanAccounts;
import org.podium.accounts.internal.DemoAccounts;
import org.podium.soc.internal.SocTestSupport;
import org.podium.support.PodiumIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The smaller gaps a probe found (#13, finding 12): each is now a clear refusal that changes nothing. */
@PodiumIntegrationTest
class ValidationGapsTests {

    @org.springframework.beans.factory.annotation.Autowired org.podium.support.VerifiedFans verifiedFans;

    @Autowired MockMvc mvc;
    @Autowired DemoAccounts demo;
    @Autowired FanAccounts fans;
    @Autowired SocTestSupport soc;

    private MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        var admin = demo.issued().stream().filter(c -> c.username().equals("admin")).findFirst().orElseThrow();
        return request.with(httpBasic(admin.username(), admin.password()));
    }

    @Test
    void aQuantityOfOneAndAHalfIsRefusedNotRoundedDown() throws Exception {
        var fan = "half-" + UUID.randomUUID() + "@example.org";
        verifiedFans.register(fan, "Half Fan", "a long enough password", "en");
        mvc.perform(post("/api/fan/holds").with(user(fan).roles("FAN")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"items\":[{\"session\":\"ATH01\",\"category\":\"A\",\"quantity\":1.5}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("items[0].quantity"));
    }

    @Test
    void aPhaseNamingASessionTheProgrammeDoesNotHaveIsRefused() throws Exception {
        mvc.perform(asAdmin(post("/api/staff/ticketing/phases")).contentType(MediaType.APPLICATION_JSON).content("""
                        {"name":"Ghost sale","access":"OPEN","opensAt":"2024-07-01T08:00:00Z","closesAt":"2024-07-20T08:00:00Z",
                         "sessions":["NOPE-20240801-9"]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("sessions[0]: the programme has no session NOPE-20240801-9")));
    }

    @Test
    void releasingAnUnknownDropOrRemovingAnUnknownWaitingRoomIsA404() throws Exception {
        mvc.perform(asAdmin(post("/api/staff/ticketing/drops/987654321/release"))).andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(asAdmin(delete("/api/staff/ticketing/waiting-rooms/NOPE-20240801-9"))).andExpect(status().isNotFound());
    }

    @Test
    void venuesGoToResultsOperatorsOnlyNotToAGateAccount() throws Exception {
        mvc.perform(asAdmin(put("/api/admin/results/operators/gate/venues")).contentType(MediaType.APPLICATION_JSON)
                        .content("[\"stade-de-france\"]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("username: gate is not a results operator"));
    }

    @Test
    void aRecordHeldByMarkupOrWithAFiveThousandDigitMarkIsRefusedWithItsLine() throws Exception {
        mvc.perform(asAdmin(post("/api/admin/results/records")).contentType("text/csv").content("""
                        event_code,kind,mark,holder,noc,set_on,place
                        ATHW400M,OR,48.25,PEREC Marie-Jose,<b>JAM</b>,1996-07-29,Atlanta
                        """))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.line").value(2));
        mvc.perform(asAdmin(post("/api/admin/results/records")).contentType("text/csv").content(
                        "event_code,kind,mark,holder,noc,set_on,place\nATHW400M,OR," + "9".repeat(5000) + ",PEREC Marie-Jose,FRA,1996-07-29,Atlanta\n"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.line").value(2));
    }

    @Test
    void anIncidentIsAssignedToASocAnalystNotToAnyText() {
        var alert = soc.raise("gap-test-" + UUID.randomUUID(), "high", "gap");
        var incident = soc.incidentOf(alert);
        assertThat(incident).as("a high alert opens an incident").isNotNull();

        assertThatThrownBy(() -> soc.act(incident, "ASSIGN", "<script>anyone</script>"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not one");
        soc.act(incident, "ASSIGN", "soc");
        assertThat(soc.timeline(incident)).contains("assigned to soc");
    }
}

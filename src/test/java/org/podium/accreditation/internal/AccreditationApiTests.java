package org.podium.accreditation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.podium.accounts.StaffAccounts;
import org.podium.accounts.StaffRole;
import org.podium.support.PodiumIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** An organisation's system submits a file and follows it through the API, only for its own organisation. */
@PodiumIntegrationTest
class AccreditationApiTests {

    private static final String PASSWORD = "a-password-long-enough";

    @Autowired MockMvc mvc;
    @Autowired StaffAccounts staff;
    @Autowired Organisations organisations;

    @BeforeEach
    void accounts() {
        staff.createOrReset("noc-nor", "Norway's accreditation manager", PASSWORD, EnumSet.of(StaffRole.ACCREDITATION_MANAGER), "test");
        organisations.assignManager("noc-nor", "NOR");
        staff.createOrReset("noc-unassigned", "A manager without organisation", PASSWORD, EnumSet.of(StaffRole.ACCREDITATION_MANAGER), "test");
        staff.createOrReset("centre-desk", "Centre", PASSWORD, EnumSet.of(StaffRole.ACCREDITATION_CENTRE), "test");
    }

    private static final String FILE = BulkFileTests.HEADER
            + "Ao,HANSEN,Ingrid,1985-03-02,Oslo,NOR,NO1234567,2030-01-01,Physiotherapist\n"
            + "Ao,BERG,Ola,1979-11-20,Bergen,NOR,NO7654321,2030-01-01,Coach\n";

    @Test
    void aManagerSubmitsAFileAndFollowsItsRequests() throws Exception {
        mvc.perform(post("/api/staff/accreditation/requests").with(httpBasic("noc-nor", PASSWORD)).contentType("text/csv").content(FILE))
                .andExpect(status().isOk()).andExpect(jsonPath("$.organisation").value("NOR")).andExpect(jsonPath("$.requests").value(2));
        var body = mvc.perform(get("/api/staff/accreditation/requests").with(httpBasic("noc-nor", PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("\"familyName\":\"HANSEN\"").contains("\"status\":\"SUBMITTED\"");
        mvc.perform(get("/api/staff/accreditation/quotas").with(httpBasic("noc-nor", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.Ao.allowed").value(400));
    }

    @Test
    void aFileWithBadLinesIsAProblemListingThem() throws Exception {
        var bad = FILE.replace("NO7654321", "x").replace("1985-03-02", "1985-02-30");
        mvc.perform(post("/api/staff/accreditation/requests").with(httpBasic("noc-nor", PASSWORD)).contentType("text/csv").content(bad))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://podium.example/problems/accreditation-requests-refused"))
                .andExpect(jsonPath("$.lines[0].line").value(2)).andExpect(jsonPath("$.lines[0].field").value("birthDate"))
                .andExpect(jsonPath("$.lines[1].line").value(3)).andExpect(jsonPath("$.lines[1].field").value("documentNumber"))
                .andExpect(jsonPath("$.lines[1].message").value("4 to 24 letters, digits, spaces or hyphens"));
    }

    @Test
    void aPhotoIsPutForOneOfItsOwnRequestsOnly() throws Exception {
        var body = mvc.perform(post("/api/staff/accreditation/requests").with(httpBasic("noc-nor", PASSWORD)).contentType("text/csv")
                        .content(FILE.replace("NO1234567", "NO5550001").replace("NO7654321", "NO5550002").replace("HANSEN", "LARSEN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var id = body.substring(body.indexOf("\"ids\":[\"") + 8, body.indexOf("\"ids\":[\"") + 44);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/staff/accreditation/requests/" + id + "/photo")
                        .with(httpBasic("noc-nor", PASSWORD)).contentType("image/png").content(CardTests.image("png", 300, 400)))
                .andExpect(status().isNoContent());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/staff/accreditation/requests/" + id + "/photo")
                        .with(httpBasic("noc-nor", PASSWORD)).contentType("image/png").content(CardTests.image("png", 400, 300)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("A photo is portrait, at least 300 x 400 pixels (this one is 400 x 300)."));
    }

    @Test
    void anAdministratorScopesAManagerAndSetsQuotas() throws Exception {
        staff.createOrReset("accreditation-admin", "Admin", PASSWORD, EnumSet.of(StaffRole.ADMIN), "test");
        staff.createOrReset("noc-den", "Denmark's accreditation manager", PASSWORD, EnumSet.of(StaffRole.ACCREDITATION_MANAGER), "test");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/admin/accreditation/managers/noc-den")
                        .with(httpBasic("accreditation-admin", PASSWORD)).contentType("application/json").content("{\"organisation\":\"DEN\"}"))
                .andExpect(status().isOk());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/admin/accreditation/organisations/DEN/quotas")
                        .with(httpBasic("accreditation-admin", PASSWORD)).contentType("application/json").content("{\"Ac\":1}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.Ac.allowed").value(1));
        mvc.perform(get("/api/staff/accreditation/quotas").with(httpBasic("noc-den", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.Ac.allowed").value(1));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/admin/accreditation/organisations/DEN/quotas")
                        .with(httpBasic("accreditation-admin", PASSWORD)).contentType("application/json").content("{\"Zz\":1}"))
                .andExpect(status().isBadRequest());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/admin/accreditation/managers/noc-den")
                        .with(httpBasic("noc-den", PASSWORD)).contentType("application/json").content("{\"organisation\":\"FRA\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void onlyAManagerOfAnOrganisationMaySubmit() throws Exception {
        mvc.perform(post("/api/staff/accreditation/requests").with(httpBasic("noc-unassigned", PASSWORD)).contentType("text/csv").content(FILE))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/staff/accreditation/requests").with(httpBasic("centre-desk", PASSWORD)).contentType("text/csv").content(FILE))
                .andExpect(status().isForbidden());
    }
}

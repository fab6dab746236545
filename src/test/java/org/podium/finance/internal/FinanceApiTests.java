package org.podium.finance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.podium.finance.internal.ledger.EntryDraft;
import org.podium.finance.internal.ledger.Ledger;
import org.podium.support.PodiumIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The accountant's API: the FEC as a download, the trial balance, the chain check; other roles kept out. */
@PodiumIntegrationTest
class FinanceApiTests {

    @Autowired MockMvc mvc;
    @Autowired Ledger ledger;

    @Test
    void theAccountantDownloadsTheYearsFecAndOthersCannot() throws Exception {
        ledger.post(new EntryDraft("VTE", LocalDate.of(2033, 6, 1), "Hospitality package", "HOSP-1", List.of(
                EntryDraft.Line.debit("411", "1200.00", "client"), EntryDraft.Line.credit("706", "1000.00", "package"),
                EntryDraft.Line.credit("44571", "200.00", "TVA 20 %"))), "accountant");
        var accountant = user("accountant").roles("ACCOUNTANT");
        var started = mvc.perform(get("/api/staff/finance/fec/2033").with(accountant)).andReturn();
        var file = mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"732829320FEC20331231.txt\""))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        var lines = file.split("\r\n");
        assertThat(lines[0]).startsWith("JournalCode|JournalLib|EcritureNum|EcritureDate|");
        assertThat(lines).hasSize(4);
        assertThat(lines[1]).contains("|20330601|411|").contains("|1200,00|0,00|");

        mvc.perform(get("/api/staff/finance/trial-balance/2033").with(accountant)).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.account == '706')].credit").value(1000.0));
        mvc.perform(get("/api/staff/finance/ledger/verification").with(accountant)).andExpect(status().isOk())
                .andExpect(jsonPath("$.brokenAt").doesNotExist());
        mvc.perform(get("/api/staff/finance/fec/2033").with(user("admin").roles("ADMIN"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/staff/finance/fec/2033").with(user("catering").roles("CATERING_MANAGER"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/staff/finance/fec/33").with(accountant)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("A fiscal year between 2000 and 2100"));
    }
}

package org.podium.platform;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.podium.support.PodiumIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The pages' scripts are served from their webjars by version-less paths (a webjar with an odd version must not break the others). */
@PodiumIntegrationTest
class WebjarsTests {

    @Autowired MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {"/webjars/htmx.org/dist/htmx.min.js", "/webjars/htmx-ext-sse/sse.js", "/webjars/qrcodejs/qrcode.min.js",
            "/js/credential.js", "/offline-sw.js", "/wallet.webmanifest"})
    void aScriptThePagesUseIsServed(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().isOk());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/medals", "/tickets", "/"})
    void aPageLoadsHtmxOnceOrItsExtensionsBreak(String path) throws Exception {
        var page = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(page.split("htmx.min.js", -1)).hasSize(2);
    }
}

package org.podium.support;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A MockMvc request as if from another client address: tests of per-address limits use their own
 * addresses, so that the suite's own requests (all from 127.0.0.1) are neither counted nor paused.
 */
public final class ClientAddresses {

    private ClientAddresses() {
    }

    public static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}

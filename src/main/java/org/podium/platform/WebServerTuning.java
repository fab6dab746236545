package org.podium.platform;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat's socket buffers off the heap: a results stream holds thousands of connections open,
 * each with its read and write buffers; direct buffers keep them out of the collector's copying
 * and spare the copy of every event into a temporary direct buffer on its way to the socket.
 */
@Configuration(proxyBeanMethods = false)
class WebServerTuning {

    @Bean
    TomcatConnectorCustomizer directSocketBuffers() {
        return connector -> connector.setProperty("socket.directBuffer", "true");
    }
}

package org.podium;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Podium: the open platform that runs the IT of a multi-sport Games. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
@EnableScheduling
public class PodiumApplication {

    public static void main(String[] args) {
        var application = new SpringApplication(PodiumApplication.class);
        application.addListeners(new org.podium.platform.EarlyEmbeddedPostgres());
        application.run(args);
    }
}

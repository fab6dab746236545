package org.podium.support;

import org.podium.PodiumApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The platform as a JMH benchmark runs it: no web server, no demo data, a throw-away embedded PostgreSQL. */
public final class BenchmarkPlatform {

    private BenchmarkPlatform() {
    }

    public static ConfigurableApplicationContext start(String... more) {
        var arguments = new java.util.ArrayList<>(java.util.List.of("--podium.ephemeral=true", "--podium.demo.enabled=false",
                "--spring.datasource.url=", "--logging.level.org.podium=WARN"));
        arguments.addAll(java.util.List.of(more));
        return new SpringApplicationBuilder(PodiumApplication.class).web(WebApplicationType.NONE).run(arguments.toArray(String[]::new));
    }
}

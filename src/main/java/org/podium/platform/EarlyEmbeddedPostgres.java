package org.podium.platform;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded PostgreSQL as soon as the settings are known, before the context is built,
 * when no external database is configured. Registered by {@code PodiumApplication.main}: the
 * platform's own start, where start-up time counts; tests build their contexts without it.
 */
public final class EarlyEmbeddedPostgres implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        var environment = event.getEnvironment();
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            return;
        }
        var properties = Binder.get(environment).bind("podium", PodiumDataProperties.class)
                .orElseGet(() -> new PodiumDataProperties(java.nio.file.Path.of("./podium-data"), false));
        EmbeddedPostgresServer.startEarly(properties);
    }
}

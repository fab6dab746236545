package org.podium.results.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The results feed the platform carries (the real Paris 2024 results to 9 August 2024).
 *
 * @param location     a Spring resource location holding one CSV file per discipline
 * @param loadOnStart  load it once the platform has started (demo mode)
 */
@ConfigurationProperties("podium.results.feed")
public record FeedProperties(@DefaultValue("classpath:results-feed/") String location,
                             @DefaultValue("false") boolean loadOnStart) {
}

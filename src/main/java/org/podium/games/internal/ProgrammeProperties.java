package org.podium.games.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the programme files are and whether to load them at start-up.
 *
 * @param location     a Spring resource location holding the programme CSV files
 * @param importOnStart load (or refresh) the programme when the platform starts
 */
@ConfigurationProperties("podium.programme")
public record ProgrammeProperties(@DefaultValue("classpath:programme/") String location,
                                  @DefaultValue("true") boolean importOnStart) {
}

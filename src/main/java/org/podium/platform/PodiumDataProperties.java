package org.podium.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the platform keeps its data when it runs its own PostgreSQL.
 *
 * @param dataDir   directory holding the embedded database; survives restarts
 * @param ephemeral when true (tests), the database lives in a fresh temporary directory removed at close
 */
@ConfigurationProperties("podium")
public record PodiumDataProperties(@DefaultValue("./podium-data") Path dataDir,
                                   @DefaultValue("false") boolean ephemeral) {
}

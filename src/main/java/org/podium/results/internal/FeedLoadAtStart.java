package org.podium.results.internal;

import org.podium.results.ResultsFeedRejected;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** In demo mode, the real Paris results are there at start; the site serves meanwhile. */
@Component
class FeedLoadAtStart {

    private static final Logger log = LoggerFactory.getLogger(FeedLoadAtStart.class);

    private final ResultsImporter importer;
    private final FeedProperties properties;

    FeedLoadAtStart(ResultsImporter importer, FeedProperties properties) {
        this.importer = importer;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        if (!properties.loadOnStart()) {
            return;
        }
        try {
            importer.importFeedIfChanged(properties.location());
        } catch (ResultsFeedRejected e) {
            // The platform keeps serving; the operator sees why and can load a corrected feed.
            log.error("Results feed not loaded: {}", e.getMessage());
        }
    }
}

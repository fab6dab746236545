package org.podium.games.internal.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.podium.games.Programme;
import org.podium.games.ProgrammeImported;
import org.podium.games.Venue;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Venue names in the page's language, for units and sessions that carry only the venue's tag. */
@Component("venueNames")
public class VenueNames {

    private final Programme programme;
    private final Map<String, Venue> byTag = new ConcurrentHashMap<>();

    VenueNames(Programme programme) {
        this.programme = programme;
    }

    public String name(String tag) {
        if (byTag.isEmpty()) {
            refresh();
        }
        var venue = byTag.get(tag);
        return venue == null ? tag : venue.name(LocaleContextHolder.getLocale());
    }

    // In-module and synchronous on purpose: a cache of this module's own data, dropped at once.
    @EventListener
    void on(ProgrammeImported imported) {
        byTag.clear();
    }

    private void refresh() {
        programme.venues().forEach(v -> byTag.put(v.tag(), v));
    }
}

package org.podium.games;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A competition venue with its sites; its capacity is known only when every site's is. */
public record Venue(String tag, String name, String nameFr, List<String> sports, @Nullable Instant dateStart,
                    @Nullable Instant dateEnd, List<Site> sites) {

    public String name(java.util.Locale locale) {
        return "fr".equals(locale.getLanguage()) ? nameFr : name;
    }

    public @Nullable Integer capacity() {
        if (sites.isEmpty() || sites.stream().anyMatch(s -> s.capacity() == null)) {
            return null;
        }
        return sites.stream().mapToInt(Site::capacity).sum();
    }
}

package org.podium.games;

import org.jspecify.annotations.Nullable;

/**
 * A place where units are played and tickets are sold: a stand, a course, an arena hall.
 *
 * @param capacity spectator capacity, null where no figure is published (shown as unknown)
 */
public record Site(String code, String venueTag, String name, String nameFr, String city, @Nullable Integer capacity,
                   String capacitySource) {

    public String name(java.util.Locale locale) {
        return "fr".equals(locale.getLanguage()) ? nameFr : name;
    }
}

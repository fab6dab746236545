package org.podium.games;

/** A National Olympic Committee, by its three-letter code. */
public record Noc(String code, String name, String nameFr) {

    public String name(java.util.Locale locale) {
        return "fr".equals(locale.getLanguage()) ? nameFr : name;
    }
}

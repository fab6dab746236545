package org.podium.games;

import java.util.Locale;

/** A discipline (Swimming, Diving...) and the sport it belongs to (Aquatics), in both languages. */
public record Discipline(String code, String nameEn, String nameFr, String sportCode, String sportEn, String sportFr) {

    public String name(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? nameFr : nameEn;
    }

    public String sport(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? sportFr : sportEn;
    }
}

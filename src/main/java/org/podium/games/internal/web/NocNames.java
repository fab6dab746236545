package org.podium.games.internal.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.podium.games.Noc;
import org.podium.games.Programme;
import org.podium.games.ProgrammeImported;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Countries and teams in the page's language. The results feed names a team by its country in
 * English ("Great Britain", "Great Britain 1" for a second crew): on a French page that is
 * "Grande-Bretagne", as the NOC list says. Athletes' names pass through unchanged.
 */
@Component("nocNames")
public class NocNames {

    private final Programme programme;
    private final Map<String, Noc> byCode = new ConcurrentHashMap<>();

    NocNames(Programme programme) {
        this.programme = programme;
    }

    /** The NOC's name in the page's language, or the code if the programme does not know it. */
    public String name(String code) {
        var noc = noc(code);
        return noc == null ? code : noc.name(LocaleContextHolder.getLocale());
    }

    /** A competitor's name as the feed gives it, with a team's country said in the page's language. */
    public String competitor(String name, String nocCode) {
        var noc = noc(nocCode);
        if (noc == null || name == null || name.length() < noc.name().length()
                || !plain(name.substring(0, noc.name().length())).equals(plain(noc.name()))) {
            return name;
        }
        var rest = name.substring(noc.name().length());
        // Only the country itself, or the country and a crew number ("Great Britain 2").
        return rest.isEmpty() || rest.matches(" \\d+") ? noc.name(LocaleContextHolder.getLocale()) + rest : name;
    }

    /** Without accents: the feed writes "Türkiye", the NOC list "Turkiye". */
    private static String plain(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private Noc noc(String code) {
        if (byCode.isEmpty()) {
            programme.nocs().forEach(n -> byCode.put(n.code(), n));
        }
        return code == null ? null : byCode.get(code);
    }

    // In-module and synchronous on purpose: a cache of this module's own data, dropped at once.
    @EventListener
    void on(ProgrammeImported imported) {
        byCode.clear();
    }
}

package org.podium.games;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.podium.games.internal.web.GamesTimes;
import org.podium.games.internal.web.ProgrammeLabels;
import org.podium.games.internal.web.VenueNames;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What a session is, in words a fan recognises: its sport, whether it holds finals and which
 * medal events (or, without medals, which events), its venue and its local date and time. Pages
 * of every module show a session through this, with its code only as a secondary identifier.
 */
@Component("sessionTitles")
public class SessionTitles {

    /** The events named in a title; the rest are counted. */
    static final int EVENTS_NAMED = 3;

    /**
     * A session as pages show it, in the page's language.
     *
     * @param headline sport, finals and events: "Athletics — Finals: Men's 100m, Women's Shot Put +1"
     * @param when     local day and hours: "Fri 2 Aug 19:00–22:30"
     */
    public record Title(String code, List<String> disciplineCodes, String sport, boolean finals, String headline,
                        String venueTag, String venue, String when) {

        /** One line for headings, page titles and plain lists. */
        public String line() {
            return venue.isEmpty() ? headline : headline + " · " + venue + " · " + when;
        }
    }

    private record Contents(List<String> disciplines, List<String> medalEvents, List<String> events) {}

    private record Reference(Map<String, Session> sessions, Map<String, Contents> contents,
                             Map<String, Discipline> disciplines) {}

    private final Programme programme;
    private final ProgrammeLabels labels;
    private final GamesTimes times;
    private final VenueNames venues;
    private final MessageSource messages;
    private volatile @Nullable Reference reference;

    SessionTitles(Programme programme, ProgrammeLabels labels, GamesTimes times, VenueNames venues, MessageSource messages) {
        this.programme = programme;
        this.labels = labels;
        this.times = times;
        this.venues = venues;
        this.messages = messages;
    }

    /** The title of a session in the page's language; a code the programme does not know is shown as it is. */
    public Title of(String code) {
        var session = reference().sessions().get(code);
        return session == null ? new Title(code, List.of(), code, false, code, "", "", "")
                : of(session, LocaleContextHolder.getLocale());
    }

    public String line(String code) {
        return of(code).line();
    }

    public Title of(Session session, Locale locale) {
        var inside = reference().contents().getOrDefault(session.code(), new Contents(List.of(), List.of(), List.of()));
        var sport = String.join(" / ", inside.disciplines().stream().map(d -> discipline(d, locale)).toList());
        if (sport.isEmpty()) {
            sport = session.code();
        }
        var finals = session.medalUnits() > 0 && !inside.medalEvents().isEmpty();
        var named = finals ? inside.medalEvents() : inside.events();
        var events = String.join(", ", named.stream().limit(EVENTS_NAMED).map(e -> labels.text(e, locale)).toList())
                + (named.size() > EVENTS_NAMED ? " +" + (named.size() - EVENTS_NAMED) : "");
        var headline = events.isEmpty() ? sport
                : messages.getMessage(finals ? "session.headline.finals" : "session.headline", new Object[] {sport, events},
                locale);
        return new Title(session.code(), inside.disciplines(), sport, finals, headline, session.venueTag(),
                venues.name(session.venueTag()),
                times.shortDay(session.day()) + " " + times.time(session.startsAt()) + "–" + times.time(session.endsAt()));
    }

    private String discipline(String code, Locale locale) {
        var discipline = reference().disciplines().get(code);
        return discipline == null ? code : discipline.name(locale);
    }

    // In-module and synchronous on purpose: a cache of this module's own data, dropped at once.
    @EventListener
    void on(ProgrammeImported imported) {
        reference = null;
    }

    private Reference reference() {
        var current = reference;
        if (current == null) {
            var sessions = new HashMap<String, Session>();
            programme.sessions(null, null).forEach(s -> sessions.put(s.code(), s));
            var disciplines = new HashMap<String, Discipline>();
            programme.disciplines().forEach(d -> disciplines.put(d.code(), d));
            current = new Reference(sessions, contents(), disciplines);
            reference = current;
        }
        return current;
    }

    private Map<String, Contents> contents() {
        var disciplinesOf = new HashMap<String, LinkedHashSet<String>>();
        var medalEventsOf = new HashMap<String, LinkedHashSet<String>>();
        var eventsOf = new HashMap<String, LinkedHashSet<String>>();
        for (var unit : programme.allUnits(UnitQuery.all())) {
            if (unit.sessionCode() == null || unit.cancelled()) {
                continue;
            }
            disciplinesOf.computeIfAbsent(unit.sessionCode(), k -> new LinkedHashSet<>()).add(unit.disciplineCode());
            eventsOf.computeIfAbsent(unit.sessionCode(), k -> new LinkedHashSet<>()).add(unit.eventName());
            if (unit.medal() > 0) {
                medalEventsOf.computeIfAbsent(unit.sessionCode(), k -> new LinkedHashSet<>()).add(unit.eventName());
            }
        }
        var map = new HashMap<String, Contents>();
        disciplinesOf.forEach((code, disciplines) -> map.put(code, new Contents(new ArrayList<>(disciplines),
                new ArrayList<>(medalEventsOf.getOrDefault(code, new LinkedHashSet<>())),
                new ArrayList<>(eventsOf.getOrDefault(code, new LinkedHashSet<>())))));
        return map;
    }
}

package org.podium.ticketing.internal.inventory;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.podium.games.Programme;
import org.podium.games.Session;
import org.podium.games.Site;
import org.podium.platform.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.podium.ticketing.internal.TicketingProperties;
import org.podium.ticketing.internal.SaleRefused;

/**
 * Every session's seat inventory, built on first use from the site's seat map, the drops already
 * released and the seats of active tickets in PostgreSQL. Building one takes well under a
 * millisecond per thousand seats, so nothing is built at start-up.
 */
@Component
public class Inventories {

    private final Programme programme;
    private final JdbcClient jdbc;
    private final TicketingProperties properties;
    private final Map<String, SessionInventory> bySession = new ConcurrentHashMap<>();
    private final Map<Layout, SeatMap> maps = new ConcurrentHashMap<>();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private volatile Map<String, Site> sites = Map.of();

    public Inventories(Programme programme, JdbcClient jdbc, TicketingProperties properties) {
        this.programme = programme;
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** The session, from a cache: the programme does not change during sales. */
    public Session session(String code) {
        var session = sessions.get(code);
        if (session == null) {
            session = programme.session(code);
            sessions.put(code, session);
        }
        return session;
    }

    public java.util.List<Session> sessionsOn(java.time.LocalDate day) {
        var list = programme.sessions(null, day);
        list.forEach(s -> sessions.putIfAbsent(s.code(), s));
        return list;
    }

    Optional<Site> site(Session session) {
        if (sites.isEmpty()) {
            var all = new java.util.HashMap<String, Site>();
            programme.venues().forEach(v -> v.sites().forEach(s -> all.put(s.code(), s)));
            sites = Map.copyOf(all);
        }
        return Optional.ofNullable(sites.get(session.siteCode()));
    }

    /** Why a session cannot be sold at all, if it cannot: the refusal a sale would meet. */
    public Optional<SaleRefused> unsellableBecause(Session session) {
        var site = site(session);
        if (site.isEmpty()) {
            return Optional.of(new SaleRefused(SaleRefused.Kind.NOT_SELLABLE, "siteUnknown", session.siteCode()));
        }
        if (site.get().capacity() == null) {
            return Optional.of(new SaleRefused(SaleRefused.Kind.NOT_SELLABLE, "capacityUnknown", site.get().name(),
                    site.get().nameFr()));
        }
        return Optional.empty();
    }

    /** The inventory of a sellable session; NOT_SELLABLE with the reason otherwise. */
    public SessionInventory of(String sessionCode) {
        var inventory = bySession.get(sessionCode);
        if (inventory != null) {
            return inventory;
        }
        var session = session(sessionCode);
        var reason = unsellableBecause(session);
        if (reason.isPresent()) {
            throw reason.get();
        }
        return bySession.computeIfAbsent(sessionCode, code -> load(session));
    }

    /** What a seat map is generated from: sessions with the same layout share one map. */
    private record Layout(int capacity, double partnerShare, double heldBackShare) {
    }

    SeatMap mapFor(int capacity, double partnerShare, double heldBackShare) {
        return maps.computeIfAbsent(new Layout(capacity, partnerShare, heldBackShare),
                l -> new SeatMap(l.capacity(), l.partnerShare(), l.heldBackShare()));
    }

    /** A session's quotas: its own when a manager set them, else the configured ones. */
    double[] quotas(String sessionCode) {
        return jdbc.sql("select partner_share, held_back_share from ticketing.session_quota where session_code = :s")
                .param("s", sessionCode)
                .query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2)}).optional()
                .orElse(new double[] {properties.partnerShare(), properties.heldBackShare()});
    }

    /** Forgets one session's inventory so that the next use rebuilds it (its quotas changed). */
    void forget(String sessionCode) {
        bySession.remove(sessionCode);
    }

    private SessionInventory load(Session session) {
        @SuppressWarnings("DataFlowIssue")
        int capacity = site(session).orElseThrow(() -> new NotFound("site", session.siteCode())).capacity();
        var quotas = quotas(session.code());
        var inventory = new SessionInventory(session.code(), mapFor(capacity, quotas[0], quotas[1]));
        var dropped = jdbc.sql("select count(*) from ticketing.seat_drop where session_code = :s and released_at is not null")
                .param("s", session.code()).query(Long.class).single();
        if (dropped > 0) {
            inventory.releaseHeldBack();
        }
        jdbc.sql("select seat_index from ticketing.ticket where session_code = :s and active")
                .param("s", session.code())
                .query((rs, n) -> rs.getInt(1)).list()
                .forEach(inventory::markSold);
        return inventory;
    }

    /** Forgets every loaded inventory, as a restart would (tests of the rebuild use it). */
    public void forgetAll() {
        bySession.clear();
    }
}

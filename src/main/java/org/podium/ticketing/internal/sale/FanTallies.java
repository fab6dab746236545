package org.podium.ticketing.internal.sale;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.podium.accounts.FanId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.podium.ticketing.internal.TicketingProperties;
import org.podium.ticketing.internal.SaleRefused;

/**
 * How many seats each fan holds or owns, per session and in all, checked against the caps and
 * changed in one step under the fan's own lock: two carts of the same fan racing each other
 * cannot pass a cap together. Loaded from active tickets on a fan's first sale step.
 */
@Component
public class FanTallies {

    private final java.util.function.Function<FanId, Map<String, Integer>> owned;
    private final TicketingProperties properties;
    private final Map<FanId, Tally> tallies = new ConcurrentHashMap<>();

    @org.springframework.beans.factory.annotation.Autowired
    public FanTallies(JdbcClient jdbc, TicketingProperties properties) {
        this(properties, fan -> activeTickets(jdbc, fan));
    }

    /** @param owned the tickets a fan already has per session, read once per fan */
    public FanTallies(TicketingProperties properties, java.util.function.Function<FanId, Map<String, Integer>> owned) {
        this.owned = owned;
        this.properties = properties;
    }

    /** One fan's counts: seats held plus tickets pending or paid. */
    public static final class Tally {
        private int total;
        private final Map<String, Integer> perSession = new HashMap<>();

        public synchronized int total() {
            return total;
        }

        public synchronized int forSession(String session) {
            return perSession.getOrDefault(session, 0);
        }
    }

    /** Counts the seats wanted per session against every cap and takes them, or takes nothing and refuses. */
    public void reserve(FanId fan, Map<String, Integer> wanted) {
        var tally = tally(fan);
        synchronized (tally) {
            var adding = wanted.values().stream().mapToInt(Integer::intValue).sum();
            if (tally.total + adding > properties.perAccount()) {
                throw capExceeded("account", properties.perAccount(), tally.total, null);
            }
            for (var entry : wanted.entrySet()) {
                var cap = properties.isCeremony(entry.getKey()) ? properties.perCeremony() : properties.perSession();
                var has = tally.perSession.getOrDefault(entry.getKey(), 0);
                if (has + entry.getValue() > cap) {
                    throw capExceeded(properties.isCeremony(entry.getKey()) ? "ceremony" : "session", cap, has, entry.getKey());
                }
            }
            tally.total += adding;
            wanted.forEach((session, count) -> tally.perSession.merge(session, count, Integer::sum));
        }
    }

    /** Gives back counted seats (a hold released or expired, an order declined, expired or refunded). */
    public void giveBack(FanId fan, Map<String, Integer> seats) {
        var tally = tally(fan);
        synchronized (tally) {
            seats.forEach((session, count) -> {
                tally.total -= count;
                tally.perSession.merge(session, -count, Integer::sum);
            });
        }
    }

    /** Counts seats without checking caps: a late payment that got its seats back was within the caps when held. */
    public void add(FanId fan, Map<String, Integer> seats) {
        var tally = tally(fan);
        synchronized (tally) {
            seats.forEach((session, count) -> {
                tally.total += count;
                tally.perSession.merge(session, count, Integer::sum);
            });
        }
    }

    public Tally tally(FanId fan) {
        return tallies.computeIfAbsent(fan, this::load);
    }

    public void forgetAll() {
        tallies.clear();
    }

    private Tally load(FanId fan) {
        var tally = new Tally();
        owned.apply(fan).forEach((session, count) -> {
            tally.total += count;
            tally.perSession.put(session, count);
        });
        return tally;
    }

    private static Map<String, Integer> activeTickets(JdbcClient jdbc, FanId fan) {
        var counts = new HashMap<String, Integer>();
        jdbc.sql("select session_code, count(*) from ticketing.ticket where fan_id = :fan and active group by session_code")
                .param("fan", fan.value())
                .query((rs, n) -> counts.put(rs.getString(1), rs.getInt(2))).list();
        return counts;
    }

    private static SaleRefused capExceeded(String scope, int cap, int has, @org.jspecify.annotations.Nullable String session) {
        var details = new HashMap<String, Object>();
        details.put("cap", cap);
        details.put("scope", scope);
        details.put("alreadyCounted", has);
        if (session != null) {
            details.put("session", session);
        }
        return new SaleRefused(SaleRefused.Kind.CAP_EXCEEDED, details, "cap." + scope, cap,
                session == null ? "" : session, has);
    }
}

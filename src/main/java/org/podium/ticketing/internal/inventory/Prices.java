package org.podium.ticketing.internal.inventory;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.podium.audit.StaffActionPerformed;
import org.podium.ticketing.PriceCategory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.podium.ticketing.internal.TicketingProperties;
import org.podium.ticketing.internal.SaleRefused;

/** Price per category of each session: the manager's own, else the configured defaults. In euro cents. */
@Component
public class Prices {

    private final JdbcClient jdbc;
    private final TicketingProperties properties;
    private final ApplicationEventPublisher events;
    private final Map<String, Map<PriceCategory, Integer>> bySession = new ConcurrentHashMap<>();

    public Prices(JdbcClient jdbc, TicketingProperties properties, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.events = events;
    }

    public Map<PriceCategory, Integer> of(String session) {
        return bySession.computeIfAbsent(session, this::load);
    }

    public int of(String session, PriceCategory category) {
        return of(session).get(category);
    }

    @Transactional
    public void set(String session, PriceCategory category, int cents, String actor) {
        if (cents < 100 || cents > 1_000_000) {
            throw new SaleRefused(SaleRefused.Kind.MALFORMED, "priceRange");
        }
        jdbc.sql("""
                insert into ticketing.session_price (session_code, category, price_cents) values (:s, :c, :p)
                on conflict (session_code, category) do update set price_cents = excluded.price_cents""")
                .param("s", session).param("c", category.name()).param("p", cents).update();
        bySession.remove(session);
        events.publishEvent(new StaffActionPerformed(actor, "ticketing.price.set", session,
                category + " = " + cents + " cents", Instant.now()));
    }

    private Map<PriceCategory, Integer> load(String session) {
        var prices = new EnumMap<>(properties.defaultPrices());
        jdbc.sql("select category, price_cents from ticketing.session_price where session_code = :s").param("s", session)
                .query((rs, n) -> prices.put(PriceCategory.valueOf(rs.getString(1)), rs.getInt(2))).list();
        return prices;
    }
}

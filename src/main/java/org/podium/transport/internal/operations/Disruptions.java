package org.podium.transport.internal.operations;

import java.time.LocalDateTime;
import java.util.ArrayList;

import org.podium.transport.DisruptionDeclared;
import org.podium.transport.internal.Places;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Road and lane closures declared by the transport desk; each one and its event are one transaction. */
@Service
public class Disruptions {

    public record Declaration(String place, double radiusKm, double multiplier, LocalDateTime starts, LocalDateTime ends, String reason) {
        @SuppressWarnings("ConstantValue") // JSON bodies may leave any field out
        public Declaration {
            if (place == null || starts == null || ends == null || reason == null) {
                throw new IllegalArgumentException("A closure names its place, start, end and reason");
            }
        }
    }

    private final JdbcClient jdbc;
    private final Places places;
    private final ApplicationEventPublisher events;

    Disruptions(JdbcClient jdbc, Places places, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.places = places;
        this.events = events;
    }

    @Transactional
    public long declare(Declaration declaration, String by) {
        var reasons = new ArrayList<String>();
        if (places.find(declaration.place()).isEmpty()) {
            reasons.add("transport.refused.unknownPlace");
        }
        if (!(declaration.radiusKm() > 0 && declaration.radiusKm() <= 20)) {
            reasons.add("transport.refused.radius");
        }
        if (!(declaration.multiplier() >= 1 && declaration.multiplier() <= 10)) {
            reasons.add("transport.refused.multiplier");
        }
        if (!declaration.ends().isAfter(declaration.starts()) || !declaration.starts().toLocalDate().equals(declaration.ends().minusNanos(1).toLocalDate())) {
            reasons.add("transport.refused.period");
        }
        if (declaration.reason().isBlank() || declaration.reason().length() > 200) {
            reasons.add("transport.refused.reason");
        }
        if (!reasons.isEmpty()) {
            throw new CarPool.BookingRefused(reasons);
        }
        var id = jdbc.sql("""
                        insert into transport.disruption (place, radius_km, multiplier, starts_at, ends_at, reason, declared_by)
                        values (:place, :radius, :multiplier, :starts, :ends, :reason, :by) returning id""")
                .param("place", declaration.place()).param("radius", declaration.radiusKm()).param("multiplier", declaration.multiplier())
                .param("starts", declaration.starts()).param("ends", declaration.ends()).param("reason", declaration.reason().strip())
                .param("by", by).query(Long.class).single();
        events.publishEvent(new DisruptionDeclared(id, declaration.starts().toLocalDate(), declaration.place(), declaration.radiusKm(),
                declaration.multiplier(), by));
        return id;
    }
}

package org.podium.ticketing.internal.sale;

import java.security.SecureRandom;
import java.sql.Array;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.podium.accounts.FanId;
import org.podium.audit.StaffActionPerformed;
import org.podium.games.GamesClock;
import org.podium.platform.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.podium.ticketing.internal.SaleRefused;

/**
 * The sales phases, their draws and the purchase slots, and the rule a hold must pass: a phase
 * open now for its sessions, the fan inside their slot in a draw phase, a pack where only packs
 * sell. Phases and slots are read from memory on the hot path and written through to PostgreSQL.
 */
@Component
public class SalesPhases {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final GamesClock clock;
    private final ApplicationEventPublisher events;
    private final org.podium.games.Programme programme;
    private volatile List<SalesPhase> phases = List.of();
    private final Map<Long, Map<FanId, SalesPhase.Slot>> slots = new ConcurrentHashMap<>();

    private final org.podium.ticketing.internal.VerifiedBuyers buyers;

    public SalesPhases(JdbcClient jdbc, JdbcTemplate batch, GamesClock clock, ApplicationEventPublisher events,
                       org.podium.games.Programme programme, org.podium.ticketing.internal.VerifiedBuyers buyers) {
        this.programme = programme;
        this.buyers = buyers;
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
        this.events = events;
        reload();
    }

    public List<SalesPhase> all() {
        return phases;
    }

    public SalesPhase phase(long id) {
        return phases.stream().filter(p -> p.id() == id).findFirst().orElseThrow(() -> new NotFound("sales phase", Long.toString(id)));
    }

    /** The phase selling this session at that instant: one naming the session beats one for every session. */
    public Optional<SalesPhase> sellingAt(String session, Instant at) {
        return phases.stream().filter(p -> p.isOpenAt(at) && p.sells(session))
                .min((a, b) -> Boolean.compare(a.sessions() == null, b.sessions() == null));
    }

    /** Refuses a hold the phase rules do not allow; returns the phase that sells it. */
    SalesPhase checkAccess(FanId fan, Collection<String> sessions) {
        buyers.check(fan);
        var now = clock.now();
        SalesPhase phase = null;
        for (var session : sessions) {
            var selling = sellingAt(session, now).orElseThrow(() -> new SaleRefused(SaleRefused.Kind.SALES_CLOSED,
                    "noSaleOpen", session, now));
            if (phase != null && phase.id() != selling.id()) {
                throw new SaleRefused(SaleRefused.Kind.MALFORMED, "onePhasePerHold", String.join(", ", sessions),
                        phase.name(), selling.name());
            }
            phase = selling;
        }
        if (phase == null) {
            throw new SaleRefused(SaleRefused.Kind.MALFORMED, "holdNeedsSession");
        }
        if (phase.access() == SalesPhase.Access.DRAW) {
            var slot = slot(phase, fan);
            if (slot.isEmpty()) {
                throw new SaleRefused(SaleRefused.Kind.OUTSIDE_SLOT, "noSlot", phase.name());
            }
            if (!slot.get().contains(now)) {
                throw new SaleRefused(SaleRefused.Kind.OUTSIDE_SLOT,
                        Map.of("slotStartsAt", slot.get().startsAt().toString(), "slotEndsAt", slot.get().endsAt().toString()),
                        "outsideSlot", phase.name(), slot.get().startsAt(), slot.get().endsAt(), now);
            }
        }
        if (phase.packsOnly() && sessions.size() < phase.minPackSessions()) {
            throw new SaleRefused(SaleRefused.Kind.PACK_REQUIRED, "packRequired", phase.name(),
                    phase.minPackSessions(), sessions.size());
        }
        return phase;
    }

    public Optional<SalesPhase.Slot> slot(SalesPhase phase, FanId fan) {
        if (phase.drawnAt() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(slots.computeIfAbsent(phase.id(), this::loadSlots).get(fan));
    }

    /** New phase, as the ticketing manager configured it. */
    @Transactional
    public SalesPhase create(PhaseSettings settings, String actor) {
        settings.check();
        var sessions = settings.sessions() == null ? List.<String>of() : settings.sessions();
        for (var i = 0; i < sessions.size(); i++) {
            try {
                programme.session(sessions.get(i) == null ? "" : sessions.get(i));
            } catch (org.podium.platform.NotFound unknown) {
                throw new SaleRefused(SaleRefused.Kind.MALFORMED, "noSuchSession", i,
                        org.podium.platform.TextInput.printable(String.valueOf(sessions.get(i))));
            }
        }
        var id = jdbc.sql("""
                insert into ticketing.sales_phase (name, access, packs_only, min_pack_sessions, opens_at, closes_at,
                    session_codes, registration_opens_at, registration_closes_at, slot_hours, fans_per_slot, slot_interval_minutes)
                values (:name, :access, :packs, :min, :opens, :closes, :sessions, :regOpens, :regCloses, :slotHours,
                    :perSlot, :interval)
                returning id""")
                .param("name", settings.name()).param("access", settings.access().name())
                .param("packs", settings.packsOnly()).param("min", settings.minPackSessions())
                .param("opens", ts(settings.opensAt())).param("closes", ts(settings.closesAt()))
                .param("sessions", settings.sessions() == null ? null : settings.sessions().toArray(String[]::new))
                .param("regOpens", ts(settings.registrationOpensAt())).param("regCloses", ts(settings.registrationClosesAt()))
                .param("slotHours", settings.slotHours()).param("perSlot", settings.fansPerSlot())
                .param("interval", settings.slotIntervalMinutes())
                .query(Long.class).single();
        events.publishEvent(new StaffActionPerformed(actor, "ticketing.phase.create", "phase " + id,
                settings.name() + " " + settings.access() + " " + settings.opensAt() + " - " + settings.closesAt(), Instant.now()));
        reload();
        return phase(id);
    }

    /** What a manager sets for a phase. */
    public record PhaseSettings(String name, SalesPhase.Access access, boolean packsOnly, int minPackSessions, Instant opensAt,
                         Instant closesAt, @Nullable List<String> sessions, @Nullable Instant registrationOpensAt,
                         @Nullable Instant registrationClosesAt, int slotHours, int fansPerSlot, int slotIntervalMinutes) {
        void check() {
            if (name.isBlank() || name.length() > 120) {
                throw new SaleRefused(SaleRefused.Kind.MALFORMED, "phaseName");
            }
            if (!closesAt.isAfter(opensAt)) {
                throw new SaleRefused(SaleRefused.Kind.MALFORMED, "phaseWindow");
            }
            if (access == SalesPhase.Access.DRAW && (registrationOpensAt == null || registrationClosesAt == null
                    || !registrationClosesAt.isAfter(registrationOpensAt) || registrationClosesAt.isAfter(opensAt))) {
                throw new SaleRefused(SaleRefused.Kind.MALFORMED, "drawWindow");
            }
            if (minPackSessions < 2 || slotHours < 1 || fansPerSlot < 1 || slotIntervalMinutes < 1) {
                throw new SaleRefused(SaleRefused.Kind.MALFORMED, "packAndSlots");
            }
        }
    }

    /** One entry per fan; only while the registration window is open on the Games clock. */
    @Transactional
    public void register(long phaseId, FanId fan) {
        var phase = phase(phaseId);
        buyers.check(fan);
        var now = clock.now();
        if (!phase.acceptsRegistrationsAt(now)) {
            throw new SaleRefused(SaleRefused.Kind.SALES_CLOSED, "registrationClosed", phase.name(),
                    phase.registrationOpensAt(), phase.registrationClosesAt(), now);
        }
        try {
            jdbc.sql("insert into ticketing.draw_entry (phase_id, fan_id, registered_at) values (:p, :f, :at)")
                    .param("p", phaseId).param("f", fan.value()).param("at", ts(now)).update();
        } catch (DuplicateKeyException e) {
            throw new SaleRefused(SaleRefused.Kind.CONFLICT, "alreadyRegistered", phase.name());
        }
    }

    public boolean isRegistered(long phaseId, FanId fan) {
        return jdbc.sql("select count(*) from ticketing.draw_entry where phase_id = :p and fan_id = :f")
                .param("p", phaseId).param("f", fan.value()).query(Long.class).single() > 0;
    }

    /** Runs the draw once, with a fresh recorded seed; returns how many entries were ordered. */
    @Transactional
    public int runDraw(long phaseId, String actor) {
        return runDraw(phaseId, new SecureRandom().nextLong(), actor);
    }

    @Transactional
    public int runDraw(long phaseId, long seed, String actor) {
        var phase = phase(phaseId);
        if (phase.access() != SalesPhase.Access.DRAW) {
            throw new SaleRefused(SaleRefused.Kind.CONFLICT, "notADraw", phase.name());
        }
        var claimed = jdbc.sql("""
                update ticketing.sales_phase set draw_seed = :seed, drawn_at = now(), drawn_by = :actor
                where id = :id and drawn_at is null""")
                .param("seed", seed).param("actor", actor).param("id", phaseId).update();
        if (claimed == 0) {
            throw new SaleRefused(SaleRefused.Kind.CONFLICT, "drawAlreadyRun", phase.name());
        }
        var entries = jdbc.sql("select fan_id from ticketing.draw_entry where phase_id = :p")
                .param("p", phaseId).query(UUID.class).list();
        var order = Draw.order(entries, seed);
        var rows = new java.util.ArrayList<Object[]>();
        for (var position = 0; position < order.size(); position++) {
            var slot = phase.slotOf(position);
            rows.add(new Object[] {position, ts(slot.startsAt()), ts(slot.endsAt()), phaseId, order.get(position)});
        }
        batch.batchUpdate("""
                update ticketing.draw_entry set position = ?, slot_starts_at = ?, slot_ends_at = ?
                where phase_id = ? and fan_id = ?""", rows);
        events.publishEvent(new StaffActionPerformed(actor, "ticketing.draw.run", "phase " + phaseId,
                order.size() + " entries ordered with seed " + seed, Instant.now()));
        reload();
        return order.size();
    }

    /** Entries of a drawn phase in draw order, for the audit of a draw. */
    public List<UUID> drawOrder(long phaseId) {
        return jdbc.sql("select fan_id from ticketing.draw_entry where phase_id = :p and position is not null order by position")
                .param("p", phaseId).query(UUID.class).list();
    }

    void reload() {
        phases = jdbc.sql("select * from ticketing.sales_phase order by opens_at, id").query((rs, n) -> {
            Array codes = rs.getArray("session_codes");
            return new SalesPhase(rs.getLong("id"), rs.getString("name"), SalesPhase.Access.valueOf(rs.getString("access")),
                    rs.getBoolean("packs_only"), rs.getInt("min_pack_sessions"), instant(rs.getTimestamp("opens_at")),
                    instant(rs.getTimestamp("closes_at")),
                    codes == null ? null : List.copyOf(Arrays.asList((String[]) codes.getArray())),
                    instantOrNull(rs.getTimestamp("registration_opens_at")),
                    instantOrNull(rs.getTimestamp("registration_closes_at")), rs.getInt("slot_hours"), rs.getInt("fans_per_slot"),
                    rs.getInt("slot_interval_minutes"), (Long) rs.getObject("draw_seed"), instantOrNull(rs.getTimestamp("drawn_at")));
        }).list();
        slots.clear();
    }

    private Map<FanId, SalesPhase.Slot> loadSlots(long phaseId) {
        var map = new ConcurrentHashMap<FanId, SalesPhase.Slot>();
        jdbc.sql("select fan_id, slot_starts_at, slot_ends_at from ticketing.draw_entry where phase_id = :p and position is not null")
                .param("p", phaseId)
                .query((rs, n) -> map.put(new FanId(rs.getObject(1, UUID.class)),
                        new SalesPhase.Slot(instant(rs.getTimestamp(2)), instant(rs.getTimestamp(3))))).list();
        return map;
    }

    static @Nullable Timestamp ts(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp ts) {
        return ts.toInstant();
    }

    private static @Nullable Instant instantOrNull(@Nullable Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}

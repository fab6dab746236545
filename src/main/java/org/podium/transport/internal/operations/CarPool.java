package org.podium.transport.internal.operations;

import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.podium.accreditation.TransportPrivileges;
import org.podium.games.GamesClock;
import org.podium.transport.CarRequested;
import org.podium.transport.internal.Places;
import org.podium.transport.internal.buses.BusProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Car requests: a team leader (or the transport desk) books a pool car for a group, with a
 * pick-up window; the request and its {@link CarRequested} event are one transaction, and the
 * dispatch re-optimises the day when it hears the event.
 */
@Service
public class CarPool {

    /**
     * What a booking asks for. Service T2 (shared pool car) or T3 (on-demand); T1 cars are allocated,
     * not booked. {@code rider}: the accreditation of the person the car is for (the card's number),
     * whose privileges must cover the service.
     */
    public record Booking(String from, String to, LocalDateTime earliest, int windowMinutes, int passengers, boolean accessible,
                          String service, @Nullable UUID rider) {}

    /** A booking refused, with every reason (message keys of the page, English for the API). */
    public static class BookingRefused extends IllegalArgumentException {
        private final List<String> reasons;

        BookingRefused(List<String> reasons) {
            super(String.join("; ", reasons));
            this.reasons = List.copyOf(reasons);
        }

        public List<String> reasons() {
            return reasons;
        }
    }

    /** A request as the team and the operations page see it. */
    public record Request(long id, String reference, String requestedBy, @Nullable String noc, String service, String from, String to,
                          LocalDateTime earliest, LocalDateTime latest, int passengers, boolean accessible, String status,
                          @Nullable String vehicle, @Nullable String driver, @Nullable LocalDateTime plannedPickup,
                          @Nullable LocalDateTime plannedDropoff) {

        /** Minutes the planned pick-up falls after the window (0 when on time or not planned). */
        public long lateMinutes() {
            return plannedPickup == null || !plannedPickup.isAfter(latest) ? 0
                    : java.time.Duration.between(latest, plannedPickup).toMinutes();
        }
    }

    static final String SELECT = """
            select r.id, r.reference, r.requested_by, r.noc, r.service, r.from_place as "from", r.to_place as "to", r.earliest, r.latest, r.passengers,
                   r.accessible, r.status, s.vehicle, s.driver, r.planned_pickup, r.planned_dropoff
            from transport.car_request r left join transport.driver_shift s on s.id = r.shift_id
            """;

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private final JdbcClient jdbc;
    private final Places places;
    private final GamesClock clock;
    private final ApplicationEventPublisher events;
    private final BusProperties buses;
    private final TransportPrivileges privileges;
    private final SecureRandom random = new SecureRandom();

    CarPool(JdbcClient jdbc, Places places, GamesClock clock, ApplicationEventPublisher events, BusProperties buses,
            TransportPrivileges privileges) {
        this.privileges = privileges;
        this.jdbc = jdbc;
        this.places = places;
        this.clock = clock;
        this.events = events;
        this.buses = buses;
    }

    @Transactional
    public Request book(Booking booking, String by, @Nullable String noc) {
        var reasons = refusals(booking);
        reasons.addAll(entitlement(booking, noc));
        if (!reasons.isEmpty()) {
            throw new BookingRefused(reasons);
        }
        var reference = reference();
        jdbc.sql("""
                        insert into transport.car_request (reference, requested_by, noc, service, from_place, to_place, earliest, latest,
                                                           passengers, accessible, rider)
                        values (:reference, :by, :noc, :service, :from, :to, :earliest, :latest, :passengers, :accessible, :rider)""")
                .param("reference", reference).param("by", by).param("noc", noc).param("service", booking.service())
                .param("from", booking.from()).param("to", booking.to()).param("earliest", booking.earliest())
                .param("latest", booking.earliest().plusMinutes(booking.windowMinutes())).param("passengers", booking.passengers())
                .param("accessible", booking.accessible()).param("rider", booking.rider())
                .update();
        events.publishEvent(new CarRequested(reference, booking.earliest().toLocalDate(), by));
        return request(reference);
    }

    @Transactional
    public Request cancel(String reference, String by, @Nullable String noc) {
        var request = request(reference);
        if (noc != null && !noc.equals(request.noc()) || !List.of("REQUESTED", "ASSIGNED", "WAITING").contains(request.status())) {
            throw new BookingRefused(List.of("transport.refused.notCancellable"));
        }
        jdbc.sql("update transport.car_request set status = 'CANCELLED', shift_id = null, sequence = null where reference = :reference")
                .param("reference", reference).update();
        events.publishEvent(new CarRequested(reference, request.earliest().toLocalDate(), by));
        return request(reference);
    }

    List<String> refusals(Booking booking) {
        var reasons = new ArrayList<String>();
        var village = places.get(Places.VILLAGE);
        for (var code : List.of(booking.from(), booking.to())) {
            var place = places.find(code);
            if (place.isEmpty() || code.equals(Places.DEPOT)) {
                reasons.add("transport.refused.unknownPlace");
            } else if (place.get().kilometresTo(village) > buses.maxKilometres()) {
                reasons.add("transport.refused.outOfArea");
            }
        }
        if (booking.from().equals(booking.to())) {
            reasons.add("transport.refused.samePlace");
        }
        var now = clock.zonedNow().toLocalDateTime();
        if (booking.earliest().isBefore(now.plusMinutes(10))) {
            reasons.add("transport.refused.tooSoon");
        }
        if (booking.earliest().isAfter(now.plusDays(14))) {
            reasons.add("transport.refused.tooFar");
        }
        if (booking.windowMinutes() < 10 || booking.windowMinutes() > 60) {
            reasons.add("transport.refused.window");
        }
        if (booking.passengers() < 1 || booking.passengers() > 7) {
            reasons.add("transport.refused.passengers");
        }
        if (!List.of("T2", "T3").contains(booking.service())) {
            reasons.add("transport.refused.service");
        }
        return reasons;
    }

    /**
     * The rider's card must be active, of the booking team, and carry a privilege that covers the
     * service: T1 (a dedicated car) covers T2 and T3, T2 covers T3.
     */
    List<String> entitlement(Booking booking, @Nullable String noc) {
        if (booking.rider() == null) {
            return List.of("transport.refused.rider");
        }
        var holder = privileges.holder(booking.rider());
        if (holder.isEmpty()) {
            return List.of("transport.refused.riderUnknown");
        }
        var reasons = new ArrayList<String>();
        if (noc != null && !noc.equals(holder.get().organisation())) {
            reasons.add("transport.refused.riderTeam");
        }
        if (!holder.get().active()) {
            reasons.add("transport.refused.riderInactive");
        }
        if (!covers(holder.get().transport(), booking.service())) {
            reasons.add("transport.refused.entitlement");
        }
        return reasons;
    }

    static boolean covers(List<String> privileges, String service) {
        var wanted = List.of("T1", "T2", "T3").indexOf(service);
        return wanted >= 0 && privileges.stream().map(p -> List.of("T1", "T2", "T3").indexOf(p)).anyMatch(held -> held >= 0 && held <= wanted);
    }

    public Request request(String reference) {
        return jdbc.sql(SELECT + " where r.reference = :reference").param("reference", reference).query(Request.class).optional()
                .orElseThrow(() -> new org.podium.platform.NotFound("car request", reference));
    }

    public List<Request> day(java.time.LocalDate day) {
        return jdbc.sql(SELECT + " where r.earliest >= :from and r.earliest < :to order by r.earliest, r.id")
                .param("from", day.atStartOfDay()).param("to", day.plusDays(1).atStartOfDay()).query(Request.class).list();
    }

    public List<Request> ofTeam(String noc) {
        return jdbc.sql(SELECT + " where r.noc = :noc order by r.earliest desc, r.id desc limit 200").param("noc", noc)
                .query(Request.class).list();
    }

    /** A driver's rides from {@code since} on, in the order they drive them. */
    public List<Request> ofDriver(String driver, LocalDateTime since) {
        return jdbc.sql(SELECT + " where s.driver = :driver and r.planned_dropoff >= :since and r.status <> 'CANCELLED'"
                        + " order by r.planned_pickup limit 50")
                .param("driver", driver).param("since", since).query(Request.class).list();
    }

    private String reference() {
        var code = new StringBuilder("CR-");
        for (var i = 0; i < 8; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}

package org.podium.transport.internal.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.podium.games.ClockSetting;
import org.podium.games.GamesClock;
import org.podium.platform.WorkingTime;
import org.podium.support.PodiumIntegrationTest;
import org.podium.transport.internal.Places;
import org.podium.transport.internal.cars.Car;
import org.podium.transport.internal.cars.Ride;
import org.podium.transport.internal.fleet.DriverRoster;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The transport module on the real database: drivers rostered under the shared working-time
 * rules, a booking that becomes an assigned car through its event, refusals that store nothing,
 * and a closure that re-plans only the cars whose coming rides pass through it.
 */
@PodiumIntegrationTest
class TransportIntegrationTests {

    @Autowired CarPool pool;
    @Autowired DayDispatch dispatch;
    @Autowired Disruptions disruptions;
    @Autowired DriverRoster drivers;
    @Autowired Teams teams;
    @Autowired GamesClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired Places places;
    @Autowired org.podium.accreditation.internal.AccreditationTestSupport accreditation;

    private ClockSetting before;

    @AfterEach
    void restore() {
        if (before != null) {
            clock.set(before, "transport-tests");
        }
    }

    private void clockAt(LocalDateTime paris) {
        before = clock.setting();
        clock.simulate(paris.atZone(GamesClock.ZONE).toInstant(), 1, "transport-tests");
    }

    /** Three days in a row: the late shift's drivers are not put on the next morning's early shift (11 h rest), nobody works 10 h+. */
    @Test
    void driversAreRosteredWithinTheWorkingTimeRules() {
        var first = LocalDate.of(2024, 8, 9);
        for (var day = first; day.isBefore(first.plusDays(3)); day = day.plusDays(1)) {
            assertThat(drivers.shifts(day)).hasSize(120).allSatisfy(s -> assertThat(s.minutes()).isLessThanOrEqualTo(600));
        }
        assertThat(drivers.breaches(first.plusDays(1))).isEmpty();
        var late = drivers.read(first).stream().filter(s -> s.start().getHour() == 13).map(DriverRoster.Shift::driver).collect(Collectors.toSet());
        var early = drivers.read(first.plusDays(1)).stream().filter(s -> s.start().getHour() == 5).map(DriverRoster.Shift::driver).toList();
        assertThat(early).isNotEmpty().noneMatch(late::contains);
        // The check is real: the same rules refuse a late shift followed by the next day's early one.
        var evening = drivers.read(first).stream().filter(s -> s.start().getHour() == 13).findFirst().orElseThrow();
        var morning = drivers.read(first.plusDays(1)).stream().filter(s -> s.start().getHour() == 5).findFirst().orElseThrow();
        assertThat(WorkingTime.breaches(List.of(evening, morning))).extracting(WorkingTime.Breach::rule).containsExactly(WorkingTime.Rule.REST);
    }

    @Test
    void aBookingBecomesAnAssignedCarWithinItsWindow() {
        var day = LocalDate.of(2024, 8, 5);
        clockAt(day.atTime(7, 0));
        // Italy's chef de mission (category Ac: a T1 dedicated car, which covers the pool's T3).
        var chef = accreditation.activeCard("ITA", "Ac", "ROSSI").request();
        var request = pool.book(new CarPool.Booking("VIL", "STA", day.atTime(8, 0), 15, 3, false, "T3", chef), "transport-tests", "ITA");
        assertThat(request.status()).isEqualTo("REQUESTED");
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> pool.request(request.reference()).status().equals("ASSIGNED"));
        var assigned = pool.request(request.reference());
        assertThat(assigned.vehicle()).isNotNull();
        assertThat(assigned.plannedPickup()).isBetween(day.atTime(8, 0), day.atTime(8, 15));
        assertThat(assigned.plannedDropoff()).isAfter(assigned.plannedPickup());
        var seats = jdbc.sql("select seats from transport.vehicle where code = :code").param("code", assigned.vehicle()).query(Integer.class).single();
        assertThat(seats).isGreaterThanOrEqualTo(3);
        assertThat(dispatch.runs(day)).first().satisfies(run -> assertThat(run.hard()).isZero());

        assertThatThrownBy(() -> pool.cancel(request.reference(), "transport-tests", "FRA")).isInstanceOf(CarPool.BookingRefused.class);
        pool.cancel(request.reference(), "transport-tests", "ITA");
        assertThat(pool.request(request.reference()).status()).isEqualTo("CANCELLED");
    }

    @Test
    void aRefusedBookingSaysWhyAndStoresNothing() {
        var day = LocalDate.of(2024, 8, 5);
        clockAt(day.atTime(7, 0));
        var count = jdbc.sql("select count(*) from transport.car_request").query(Long.class).single();
        assertThatThrownBy(() -> pool.book(new CarPool.Booking("VIL", "VIL", day.atTime(7, 5), 5, 9, false, "T1", null), "transport-tests", "NED"))
                .isInstanceOfSatisfying(CarPool.BookingRefused.class, refused -> assertThat(refused.reasons()).containsExactlyInAnyOrder(
                        "transport.refused.samePlace", "transport.refused.tooSoon", "transport.refused.window",
                        "transport.refused.passengers", "transport.refused.service", "transport.refused.rider"));
        var chef = accreditation.activeCard("NED", "Ac", "DEVRIES").request();
        assertThatThrownBy(() -> pool.book(new CarPool.Booking("VIL", "MRS", day.atTime(9, 0), 15, 1, false, "T3", chef), "transport-tests", "NED"))
                .isInstanceOfSatisfying(CarPool.BookingRefused.class, refused -> assertThat(refused.reasons()).containsExactly("transport.refused.outOfArea"));
        // The accreditation's privileges decide: an athlete's card (Aa) carries the buses (TM) only; another team's card is not ours.
        var athlete = accreditation.activeCard("NED", "Aa", "BAKKER").request();
        assertThatThrownBy(() -> pool.book(new CarPool.Booking("VIL", "STA", day.atTime(9, 0), 15, 1, false, "T3", athlete), "transport-tests", "NED"))
                .isInstanceOfSatisfying(CarPool.BookingRefused.class, refused -> assertThat(refused.reasons()).containsExactly("transport.refused.entitlement"));
        assertThatThrownBy(() -> pool.book(new CarPool.Booking("VIL", "STA", day.atTime(9, 0), 15, 1, false, "T3", chef), "transport-tests", "BEL"))
                .isInstanceOfSatisfying(CarPool.BookingRefused.class, refused -> assertThat(refused.reasons()).containsExactly("transport.refused.riderTeam"));
        accreditation.revoke(chef);
        assertThatThrownBy(() -> pool.book(new CarPool.Booking("VIL", "STA", day.atTime(9, 0), 15, 1, false, "T3", chef), "transport-tests", "NED"))
                .isInstanceOfSatisfying(CarPool.BookingRefused.class, refused -> assertThat(refused.reasons()).containsExactly("transport.refused.riderInactive"));
        assertThat(jdbc.sql("select count(*) from transport.car_request").query(Long.class).single()).isEqualTo(count);
    }

    @Test
    void aDedicatedCarCoversThePoolAndAPoolCarCoversOnDemand() {
        assertThat(CarPool.covers(java.util.List.of("T1"), "T3")).isTrue();
        assertThat(CarPool.covers(java.util.List.of("T1"), "T2")).isTrue();
        assertThat(CarPool.covers(java.util.List.of("T3"), "T2")).isFalse();
        assertThat(CarPool.covers(java.util.List.of("TM"), "T3")).isFalse();
        assertThat(CarPool.covers(java.util.List.of(), "T3")).isFalse();
    }

    /** A closure around Versailles: the cars none of whose coming rides pass through it keep their days exactly; the others are re-planned. */
    @Test
    void aClosureReplansOnlyWhatItTouches() {
        var day = LocalDate.of(2024, 8, 7);
        clockAt(day.atTime(5, 0));
        var places = List.of("VIL", "STA", "AQC", "BCY", "VER", "CPL", "DEF", "INV", "EIF", "PDP", "TRO", "GRP", "LBO");
        var random = new java.util.SplittableRandom(5);
        for (var i = 0; i < 150; i++) {
            var from = places.get(random.nextInt(places.size()));
            var to = places.get(random.nextInt(places.size()));
            if (from.equals(to)) {
                continue;
            }
            var earliest = day.atTime(7, 0).plusMinutes(random.nextInt(12 * 60));
            jdbc.sql("""
                            insert into transport.car_request (reference, requested_by, service, from_place, to_place, earliest, latest, passengers, accessible)
                            values (:reference, 'transport-tests', 'T3', :from, :to, :earliest, :latest, 2, false)""")
                    .param("reference", "CR-T" + i + "-" + day).param("from", from).param("to", to).param("earliest", earliest)
                    .param("latest", earliest.plusMinutes(15)).update();
        }
        var planned = dispatch.replan(day, "test", null);
        assertThat(planned.hard()).isZero();
        var beforeByCar = plans(day);

        var id = disruptions.declare(new Disruptions.Declaration("VER", 3, 3, day.atTime(6, 0), day.atTime(23, 0), "Road closed by police"),
                "transport-tests");
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> dispatch.runs(day).getFirst().reason().equals("disruption " + id));
        var afterByCar = plans(day);

        // Which cars the closure touches, replayed from the plan before it with the closure's travel times.
        var closure = dispatch.disruptions(day).getFirst();
        var matrix = dispatch.matrix(day);
        var touched = 0;
        for (var entry : beforeByCar.entrySet()) {
            var car = carOf(entry.getKey(), entry.getValue(), matrix);
            if (DayDispatch.firstTouched(car, closure) == car.getRides().size()) {
                // Untouched: the same rides, in the same order, at the same times (new rides could only come after them).
                assertThat(afterByCar.get(entry.getKey()).subList(0, entry.getValue().size())).as("shift %d", entry.getKey()).isEqualTo(entry.getValue());
            } else {
                touched++;
            }
        }
        assertThat(touched).isPositive();
        assertThat(dispatch.runs(day).getFirst().hard()).isZero();
    }

    @Autowired TransportPages pages;
    @Autowired org.podium.transport.internal.buses.BusLines buses;

    /** Tuvalu sent only athletes in athletics (the athletes data): its calendar holds the athletics buses and no other. */
    @Test
    void aTeamCalendarHoldsItsSportsBusesOnly() {
        teams.assignLeader("transport-tests-leader", "TUV");
        var answer = pages.calendar(() -> "transport-tests-leader", java.util.Locale.ENGLISH);
        assertThat(answer.getHeaders().getContentType().toString()).startsWith("text/calendar");
        var calendar = answer.getBody();
        var athletics = buses.plan(null).stream().filter(t -> t.disciplines().contains("ATH")).toList();
        assertThat(athletics).hasSizeGreaterThan(20);
        assertThat(calendar).startsWith("BEGIN:VCALENDAR");
        assertThat(calendar.split("BEGIN:VEVENT", -1)).hasSize(athletics.size() + 1);
        assertThat(calendar).contains("(ATH)").doesNotContain("SWM").doesNotContain("(FBL)");
    }

    /** Per shift, its rides as "id@pickup" in order. */
    private java.util.Map<Long, List<String>> plans(LocalDate day) {
        var plans = new HashMap<Long, List<String>>();
        jdbc.sql("""
                        select shift_id, id, planned_pickup from transport.car_request
                        where earliest >= :from and earliest < :to and shift_id is not null order by shift_id, sequence""")
                .param("from", day.atStartOfDay()).param("to", day.plusDays(1).atStartOfDay())
                .query((rs, n) -> plans.computeIfAbsent(rs.getLong(1), s -> new java.util.ArrayList<>()).add(rs.getLong(2) + "@" + rs.getTimestamp(3)))
                .list();
        return plans;
    }

    private Car carOf(long shiftId, List<String> rides, org.podium.transport.internal.cars.TravelMatrix matrix) {
        var shift = jdbc.sql("""
                        select s.starts_at, s.ends_at, v.seats, v.accessible from transport.driver_shift s
                        join transport.vehicle v on v.code = s.vehicle where s.id = :id""").param("id", shiftId)
                .query((rs, n) -> new Car("S" + shiftId, rs.getInt(3), rs.getBoolean(4), places.get(Places.DEPOT),
                        rs.getTimestamp(1).toLocalDateTime(), rs.getTimestamp(2).toLocalDateTime())).single();
        for (var ride : rides) {
            var id = Long.parseLong(ride.substring(0, ride.indexOf('@')));
            shift.getRides().add(jdbc.sql("select from_place, to_place, earliest, latest, passengers, accessible from transport.car_request where id = :id")
                    .param("id", id)
                    .query((rs, n) -> new Ride(id, places.get(rs.getString(1)), places.get(rs.getString(2)), rs.getTimestamp(3).toLocalDateTime(),
                            rs.getTimestamp(4).toLocalDateTime(), rs.getInt(5), rs.getBoolean(6), matrix)).single());
        }
        return shift;
    }
}

package org.podium.transport.internal.cars;

import java.time.Duration;
import java.time.LocalDate;

import org.podium.transport.internal.GreatCircleTravelTimes;
import org.podium.transport.internal.Places;

/**
 * bench/dispatch.sh: a busy Games day (default 3,000 requests, 500 cars, seeded) dispatched by the
 * nearest-car baseline and by Timefold on the same data in the same run, both replayed by
 * {@link DispatchCheck}. Prints time, requests served, on time, hard breaches, driving hours.
 */
public final class DispatchBench {

    public static void main(String[] given) {
        // exec:exec passes the arguments as one string
        var args = String.join(" ", given).trim().isEmpty() ? new String[0] : String.join(" ", given).trim().split("\\s+");
        var requests = args.length > 0 ? Integer.parseInt(args[0]) : 3_000;
        var cars = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        var spent = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 60);
        var seed = args.length > 3 ? Long.parseLong(args[3]) : 2024;
        var day = LocalDate.of(2024, 8, 2);
        var places = new Places(DispatchTests.PROPERTIES);
        var matrix = TravelMatrix.of(places.all(), new GreatCircleTravelTimes(DispatchTests.PROPERTIES), day, 1.35);

        var baseline = SyntheticDay.of(places, matrix, day, requests, cars, seed, 80);
        var started = System.nanoTime();
        NearestCar.dispatch(baseline, false);
        report("nearest car (baseline)", DispatchCheck.check(baseline), Duration.ofNanos(System.nanoTime() - started), null);

        // The solver's starting point: the same greedy pass, leaving what it cannot serve on time.
        var start = SyntheticDay.of(places, matrix, day, requests, cars, seed, 80);
        started = System.nanoTime();
        NearestCar.dispatch(start, true);
        report("nearest car, on time only", DispatchCheck.check(start), Duration.ofNanos(System.nanoTime() - started), null);

        var planner = new DispatchPlanner(Duration.ofSeconds(Math.max(5, spent.toSeconds() / 4)), spent);
        var solved = planner.plan(SyntheticDay.of(places, matrix, day, requests, cars, seed, 80));
        report("Timefold", DispatchCheck.check(solved.plan()), solved.outcome().spent(), solved.outcome().toFeasible());
        System.out.println("Timefold score: " + solved.outcome().score());
    }

    private static void report(String name, DispatchCheck.Service service, Duration spent, Duration toFeasible) {
        System.out.printf("%-24s %7.1f s  to 0 hard: %-9s  requests %,d  served %,d  on time %,d (%.1f %%)  hard breaches %,d  driving %,.0f h  empty %,.0f km%n",
                name, spent.toMillis() / 1000.0, toFeasible == null ? "-" : String.format("%.1f s", toFeasible.toMillis() / 1000.0),
                service.requests(), service.served(), service.onTime(), 100 * service.onTimeShare(), service.breaches().size(),
                service.drivingSeconds() / 3600.0, service.emptyKilometres());
    }
}

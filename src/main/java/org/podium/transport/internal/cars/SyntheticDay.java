package org.podium.transport.internal.cars;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.podium.transport.internal.Place;
import org.podium.transport.internal.Places;

/**
 * A busy Games day of car requests and pool cars, seeded, for the benchmark and the demo. Cars
 * carry the Paris fleet's mix (hydrogen, hybrid, plug-in, battery electric; 150 of 2,674
 * wheelchair-accessible) and start at the depot on one of three driver shifts of 10 hours at
 * most. Requests come from the village, the press and broadcast centres and the venues near
 * Paris, at the morning and evening peaks more than at noon, with 15-minute pick-up windows.
 */
public final class SyntheticDay {

    private SyntheticDay() {
    }

    public static Dispatch of(Places places, TravelMatrix matrix, LocalDate day, int requests, int cars, long seed, double maxKilometres) {
        var random = new SplittableRandom(seed);
        var village = places.get(Places.VILLAGE);
        var depot = places.get(Places.DEPOT);
        var venues = places.all().stream()
                .filter(p -> !p.code().equals(Places.DEPOT) && !p.code().equals(Places.VILLAGE))
                .filter(p -> p.kilometresTo(village) <= maxKilometres).toList();
        var fleet = new ArrayList<Car>();
        for (var i = 0; i < cars; i++) {
            var shift = org.podium.transport.internal.fleet.DriverRoster.SHIFTS.get(i % 3);
            var accessible = i % 18 == 7; // 150 of 2,674 in Paris: one in 18
            var seats = accessible ? 4 : i % 10 == 3 ? 7 : 4;
            fleet.add(new Car(String.format("C%04d", i + 1), seats, accessible, depot, day.atTime(shift[0]), day.atTime(shift[1])));
        }
        var rides = new ArrayList<Ride>();
        for (var i = 0; i < requests; i++) {
            Place from;
            var origin = random.nextDouble();
            if (origin < 0.5) {
                from = village;
            } else {
                from = venues.get(random.nextInt(venues.size()));
            }
            Place to;
            do {
                to = random.nextDouble() < 0.3 && from != village ? village : venues.get(random.nextInt(venues.size()));
            } while (to.code().equals(from.code()));
            var minute = pickUpMinute(random);
            var earliest = day.atStartOfDay().plusMinutes(minute);
            var passengers = random.nextDouble() < 0.85 ? 1 + random.nextInt(3) : random.nextDouble() < 0.66 ? 4 : 5 + random.nextInt(3);
            var needsAccessible = random.nextDouble() < 0.03;
            rides.add(new Ride(i + 1, from, to, earliest, earliest.plusMinutes(15), needsAccessible ? Math.min(passengers, 4) : passengers,
                    needsAccessible, matrix));
        }
        return new Dispatch(fleet, rides);
    }

    /** 06:30 to 21:30, with peaks around 08:30 and 18:00. */
    private static int pickUpMinute(SplittableRandom random) {
        var r = random.nextDouble();
        if (r < 0.35) {
            return (int) Math.clamp(8.5 * 60 + random.nextGaussian() * 60, 6.5 * 60, 21.5 * 60);
        }
        if (r < 0.7) {
            return (int) Math.clamp(18 * 60 + random.nextGaussian() * 60, 6.5 * 60, 21.5 * 60);
        }
        return 390 + random.nextInt(900);
    }
}

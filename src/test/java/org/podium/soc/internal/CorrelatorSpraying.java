package org.podium.soc.internal;

import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Memory of the correlator under a spraying attack: failed sign-ins from N distinct source
 * addresses (default 1,000,000), each address once, against the password-spraying correlations a
 * SOC groups by address. Prints the windows held and the heap after a full GC every 100,000 hits.
 * Run: {@code bench/correlator-spraying.sh [addresses] [hits per second of event time] [max windows]}
 * (a max of 2147483647 shows the correlator without its cap).
 */
public final class CorrelatorSpraying {

    public static void main(String[] given) {
        var args = given.length == 1 ? given[0].trim().split("\\s+") : given;
        var addresses = args.length > 0 && !args[0].isBlank() ? Integer.parseInt(args[0]) : 1_000_000;
        var perSecond = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        var maxWindows = args.length > 2 ? Integer.parseInt(args[2]) : Correlator.DEFAULT_MAX_WINDOWS;
        var correlator = new Correlator(List.of(rule()), maxWindows);
        var start = Instant.parse("2024-07-26T19:30:00Z");
        var fired = new long[1];
        System.out.printf("%,d distinct addresses, %,d failed sign-ins per second of event time, correlation window 10 min%n",
                addresses, perSecond);
        System.out.println("hits       windows   evicted quiet  evicted for room  heap used after GC");
        for (var i = 0; i < addresses; i++) {
            var address = "10." + (i >>> 16 & 255) + "." + (i >>> 8 & 255) + "." + (i & 255);
            var event = SigmaEvent.of(Map.of("event", "sign-in", "outcome", "failure", "user", "fan" + i + "@example.org",
                    "source", Map.of("ip", address)));
            correlator.accept(new Correlator.Hit("failed", "failed", event, start.plusMillis(i * 1000L / perSecond)), f -> fired[0]++);
            if ((i + 1) % 100_000 == 0) {
                var stats = correlator.stats();
                System.out.printf("%,9d  %,8d  %,13d  %,16d  %,6d MB%n", i + 1, stats.windows(), stats.evictedQuiet(),
                        stats.evictedForRoom(), heapAfterGc() / 1_000_000);
            }
        }
        System.out.printf("correlations fired: %d (each address tried once: none expected)%n", fired[0]);
    }

    private static CorrelationRule rule() {
        var correlations = new ArrayList<CorrelationRule>();
        new RuleLoader(Map.of(), Map.of()).load(new StringReader("""
                title: Sign-in failures from one address
                id: spraying-by-address
                correlation:
                  type: value_count
                  rules: [failed]
                  group-by: [source.ip]
                  timespan: 10m
                  condition:
                    field: user
                    gte: 10
                """), "spraying.yml", new ArrayList<>(), correlations, new ArrayList<>());
        return correlations.getFirst();
    }

    private static long heapAfterGc() {
        System.gc();
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return heap.getUsed();
    }

    private CorrelatorSpraying() {
    }

}

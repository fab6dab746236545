package org.podium.soc.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

/**
 * Runs correlation rules over rule hits as they come, with sliding windows per group. A
 * correlation fires when its condition is met by the hits of the last {@code timespan}; its
 * group's window then starts again, so one burst gives one hit (suppression deals with the rest).
 * A correlation that fires is itself a hit, under its id and name, for correlations chained on it.
 * <p>
 * Memory stays bounded whatever an attacker sends (a spraying attack from a million addresses is a
 * million groups): the windows are kept in least-recently-hit order (per stripe of groups), a
 * window whose newest hit is older than its rule's time span (on the event time seen so far) is
 * dropped, and beyond {@code maxWindows} the least recently hit ones are dropped first. A window
 * keeps of each hit only what its rule counts (the time, which rule, the counted field's value),
 * not the event: at its cap of windows, keeping whole events held hundreds of megabytes that every
 * young collection copied. The locks cover the windows only: what fired is handed to the caller
 * (stored as alerts) with none held.
 */
final class Correlator {

    /** A rule or correlation that fired on an event at an instant. */
    record Hit(String ruleId, String ruleName, SigmaEvent event, Instant at) {
    }

    /** A correlation that fired: the rule, the group's values, and how many hits made it. */
    record Fired(CorrelationRule rule, Map<String, String> group, int hits, Instant at) {
    }

    private static final int CHAIN_DEPTH = 5;

    static final int DEFAULT_MAX_WINDOWS = 100_000;

    private final List<CorrelationRule> rules;
    private final Stripe[] stripes;
    /** The newest event time seen: windows age by it. */
    private final java.util.concurrent.atomic.AtomicReference<Instant> latest = new java.util.concurrent.atomic.AtomicReference<>(Instant.EPOCH);

    Correlator(List<CorrelationRule> rules) {
        this(rules, DEFAULT_MAX_WINDOWS);
    }

    /**
     * Windows are kept in stripes by group, each with its own lock and its share of the cap, so the
     * evaluators rarely wait on each other (one lock for all windows was a third of their waits);
     * a small cap keeps one stripe and its exact order.
     */
    Correlator(List<CorrelationRule> rules, int maxWindows) {
        this.rules = List.copyOf(rules);
        var count = maxWindows >= STRIPES * 1024 ? STRIPES : 1;
        this.stripes = new Stripe[count];
        for (var i = 0; i < count; i++) {
            stripes[i] = new Stripe(maxWindows / count);
        }
        var referenced = new java.util.HashSet<String>();
        for (var rule : this.rules) {
            referenced.addAll(rule.rules());
        }
        this.referenced = Set.copyOf(referenced);
    }

    private static final int STRIPES = 16;

    /** The rule ids and names some correlation counts: hits of other rules never take a lock. */
    private final Set<String> referenced;

    List<CorrelationRule> rules() {
        return rules;
    }

    /**
     * Takes one hit; calls back for every correlation it completes, chained ones included, with no
     * lock held (the callback stores alerts: no database write under a lock).
     */
    void accept(Hit hit, Consumer<Fired> fired) {
        // A hit no correlation counts neither takes a lock nor moves the event time the windows
        // age by (a rule firing on today's events must not age out a replay of last week's).
        if (!referenced.contains(hit.ruleId()) && !referenced.contains(hit.ruleName())) {
            return;
        }
        accept(hit, fired, 0);
    }

    /** Windows held now (after dropping those gone quiet), and how many were dropped as quiet or for room since start. */
    Stats stats() {
        int windows = 0;
        long quiet = 0;
        long room = 0;
        for (var stripe : stripes) {
            synchronized (stripe) {
                stripe.evict(latest.get(), null);
                windows += stripe.windows.size();
                quiet += stripe.evictedQuiet;
                room += stripe.evictedForRoom;
            }
        }
        return new Stats(windows, quiet, room);
    }

    record Stats(int windows, long evictedQuiet, long evictedForRoom) {
    }

    /** Some of the windows, least recently hit first, under one lock. */
    private static final class Stripe {
        final LinkedHashMap<String, Window> windows = new LinkedHashMap<>(1024, 0.75f, true);
        final int maxWindows;
        long evictedQuiet;
        long evictedForRoom;

        Stripe(int maxWindows) {
            this.maxWindows = maxWindows;
        }

        /**
         * Drops, least recently hit first, the windows gone quiet for their rule's span, then any
         * beyond the cap; never the window just hit ({@code current}, the most recent): a replay of
         * last week's events keeps its windows while it goes on, whatever today's events say the time is.
         */
        void evict(Instant latest, @Nullable Window current) {
            var eldest = windows.entrySet().iterator();
            while (eldest.hasNext()) {
                var window = eldest.next().getValue();
                if (window == current || !window.lastAt.isBefore(latest.minus(window.span))) {
                    break;
                }
                eldest.remove();
                evictedQuiet++;
            }
            var over = windows.size() - maxWindows;
            for (var it = windows.entrySet().iterator(); over > 0 && it.hasNext(); over--) {
                it.next();
                it.remove();
                evictedForRoom++;
            }
        }
    }

    private void accept(Hit hit, Consumer<Fired> fired, int depth) {
        if (depth > CHAIN_DEPTH) {
            return;
        }
        // Written only when the event time moves on: a write for every hit would bounce its cache
        // line between the evaluators, and the hits of one batch share one instant.
        var now = latest.get();
        if (hit.at().isAfter(now)) {
            now = latest.accumulateAndGet(hit.at(), (a, b) -> b.isAfter(a) ? b : a);
        }
        for (var index = 0; index < rules.size(); index++) {
            var rule = rules.get(index);
            var position = position(rule, hit);
            if (position < 0) {
                continue;
            }
            // The window's key: the rule's place and its group's values, built without a map (this runs
            // for every hit a correlation counts; the map is made only when the rule fires).
            var keyBuilder = new StringBuilder(32).append((char) index);
            for (var field : rule.groupBy()) {
                keyBuilder.append('\u0001').append(hit.event().get(field));
            }
            var key = keyBuilder.toString();
            var stripe = stripes[(key.hashCode() & 0x7fffffff) % stripes.length];
            int hits;
            synchronized (stripe) {
                var window = stripe.windows.computeIfAbsent(key, k -> new Window(rule.timespan()));
                window.add(position, hit, rule);
                window.evictBefore(hit.at().minus(rule.timespan()));
                hits = window.met(rule) ? window.size : 0;
                if (hits > 0) {
                    stripe.windows.remove(key);
                }
                stripe.evict(now, window);
            }
            if (hits > 0) {
                var group = new java.util.LinkedHashMap<String, String>();
                for (var field : rule.groupBy()) {
                    group.put(field, String.valueOf(hit.event().get(field)));
                }
                fired.accept(new Fired(rule, Map.copyOf(group), hits, hit.at()));
                // A correlation that fires is a hit for the correlations chained on it.
                accept(new Hit(rule.id(), Objects.requireNonNullElse(rule.name(), rule.id()), hit.event(), hit.at()), fired, depth + 1);
            }
        }
    }

    /** Which of the correlation's rules the hit is (by id or name), or -1. */
    private static int position(CorrelationRule rule, Hit hit) {
        for (var i = 0; i < rule.rules().size(); i++) {
            var ref = rule.rules().get(i);
            if (ref.equals(hit.ruleId()) || ref.equals(hit.ruleName())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The hits of one group within the time span, oldest first, as parallel arrays used as a queue
     * from {@code first}: each hit's time, which of the rule's rules it is, and the value of the
     * field the rule counts (value count, sum, average), nothing else of its event.
     */
    private static final class Window {
        Instant[] times = new Instant[2];
        int[] positions = new int[2];
        @Nullable String[] values;
        int first;
        int size;
        final java.time.Duration span;
        Instant lastAt = Instant.EPOCH;

        Window(java.time.Duration span) {
            this.span = span;
        }

        void add(int position, Hit hit, CorrelationRule rule) {
            if (first + size == times.length) {
                grow();
            }
            var at = first + size++;
            times[at] = hit.at();
            positions[at] = position;
            if (rule.field() != null) {
                if (values == null) {
                    values = new String[times.length];
                }
                var value = hit.event().get(rule.field());
                values[at] = value == null ? null : value.toString();
            }
            if (hit.at().isAfter(lastAt)) {
                lastAt = hit.at();
            }
        }

        /** Room at the end: the live hits moved to the front, the arrays doubled when they are more than half full. */
        private void grow() {
            var length = size * 2 > times.length ? times.length * 2 : times.length;
            times = moved(times, new Instant[length]);
            positions = java.util.Arrays.copyOfRange(positions, first, first + length);
            if (values != null) {
                values = moved(values, new String[length]);
            }
            first = 0;
        }

        private <T> T[] moved(T[] from, T[] to) {
            System.arraycopy(from, first, to, 0, size);
            return to;
        }

        void evictBefore(Instant start) {
            while (size > 0 && times[first].isBefore(start)) {
                times[first] = null;
                if (values != null) {
                    values[first] = null;
                }
                first++;
                size--;
            }
        }

        boolean met(CorrelationRule rule) {
            return switch (rule.type()) {
                case EVENT_COUNT -> rule.met(size);
                case VALUE_COUNT -> rule.met(distinctValues());
                case VALUE_SUM -> rule.met(sum());
                case VALUE_AVG -> rule.met(sum() / numbers());
                case TEMPORAL -> allRules(rule.rules().size());
                case TEMPORAL_ORDERED -> inOrder(rule.rules().size());
            };
        }

        // Loops rather than streams: these run for every hit a correlation counts, and a stream's
        // set-up cost more than the counting (a tenth of an evaluator's time under load).
        private int distinctValues() {
            var seen = new java.util.HashSet<String>();
            for (var i = first; i < first + size; i++) {
                if (values[i] != null) {
                    seen.add(values[i]);
                }
            }
            return seen.size();
        }

        private double sum() {
            var sum = 0.0;
            for (var i = first; i < first + size; i++) {
                var number = number(values[i]);
                if (!Double.isNaN(number)) {
                    sum += number;
                }
            }
            return sum;
        }

        /** How many hits carry a number in the counted field (an average of none is NaN and meets no bound). */
        private int numbers() {
            var count = 0;
            for (var i = first; i < first + size; i++) {
                if (!Double.isNaN(number(values[i]))) {
                    count++;
                }
            }
            return count;
        }

        private static double number(@Nullable String value) {
            if (value == null) {
                return Double.NaN;
            }
            try {
                return Double.parseDouble(value);
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }

        private boolean allRules(int count) {
            var seen = new java.util.BitSet(count);
            for (var i = first; i < first + size; i++) {
                seen.set(positions[i]);
            }
            return seen.cardinality() == count;
        }

        /** The rules fired in the given order within the window (others may come in between). */
        private boolean inOrder(int count) {
            var next = 0;
            for (var i = first; i < first + size; i++) {
                if (positions[i] == next) {
                    next++;
                    if (next == count) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

}

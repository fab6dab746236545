package org.podium.soc.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Finds which of many literals occur in a text in one pass (the Aho-Corasick automaton), for the
 * rule pre-filter. Written here rather than taken from a library: the one we tried keeps its
 * transitions in boxed-character hash maps and was a fifth of the engine's time; here each state's
 * transitions are a sorted char array searched by bisection, and each literal is reported once
 * per text.
 */
final class LiteralScanner {

    private final char[][] keys;
    private final int[][] targets;
    private final int[] fail;
    private final int[][] outputs;
    private final int literalCount;
    /** The root's transitions for ASCII as a direct table: most characters of a text are read at the root. */
    private final int[] rootAscii = new int[128];
    /**
     * The same automaton as a complete table (a DFA) over the literals' characters, when it has at
     * most 65,535 states (a state is a char) and {@link #MAX_TABLE} entries: one array read per
     * character, no failure links to follow at scan time.
     */
    private final char @org.jspecify.annotations.Nullable [] table;
    private final int classes;
    private final byte[] asciiClass = new byte[128];
    private final Map<Character, Integer> otherClass = new HashMap<>();
    static final int MAX_TABLE = 8_000_000;

    LiteralScanner(List<String> literals) {
        literalCount = literals.size();
        var gotoMaps = new ArrayList<Map<Character, Integer>>();
        var outs = new ArrayList<List<Integer>>();
        gotoMaps.add(new HashMap<>());
        outs.add(new ArrayList<>());
        for (var id = 0; id < literals.size(); id++) {
            var state = 0;
            for (var c : literals.get(id).toCharArray()) {
                var next = gotoMaps.get(state).get(c);
                if (next == null) {
                    next = gotoMaps.size();
                    gotoMaps.get(state).put(c, next);
                    gotoMaps.add(new HashMap<>());
                    outs.add(new ArrayList<>());
                }
                state = next;
            }
            outs.get(state).add(id);
        }
        var states = gotoMaps.size();
        keys = new char[states][];
        targets = new int[states][];
        for (var s = 0; s < states; s++) {
            var entries = new ArrayList<>(gotoMaps.get(s).entrySet());
            entries.sort(Map.Entry.comparingByKey());
            keys[s] = new char[entries.size()];
            targets[s] = new int[entries.size()];
            for (var i = 0; i < entries.size(); i++) {
                keys[s][i] = entries.get(i).getKey();
                targets[s][i] = entries.get(i).getValue();
            }
        }
        Arrays.fill(rootAscii, -1);
        for (var i = 0; i < keys[0].length; i++) {
            if (keys[0][i] < 128) {
                rootAscii[keys[0][i]] = targets[0][i];
            }
        }
        fail = new int[states];
        var queue = new ArrayDeque(states);
        for (var child : targets[0]) {
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            var s = queue.poll();
            for (var i = 0; i < keys[s].length; i++) {
                var c = keys[s][i];
                var child = targets[s][i];
                var f = fail[s];
                while (f != 0 && next(f, c) < 0) {
                    f = fail[f];
                }
                var viaFail = next(f, c);
                fail[child] = viaFail >= 0 && viaFail != child ? viaFail : 0;
                outs.get(child).addAll(outs.get(fail[child]));
                queue.add(child);
            }
        }
        outputs = new int[states][];
        for (var s = 0; s < states; s++) {
            outputs[s] = outs.get(s).stream().mapToInt(Integer::intValue).distinct().toArray();
        }
        // Character classes: each character of a literal is its own class, every other character class 0.
        var next = 1;
        for (var literal : literals) {
            for (var c : literal.toCharArray()) {
                if (c < 128 ? asciiClass[c] == 0 : !otherClass.containsKey(c)) {
                    if (next > 127) {
                        next = -1;
                        break;
                    }
                    if (c < 128) {
                        asciiClass[c] = (byte) next++;
                    } else {
                        otherClass.put(c, next++);
                    }
                }
            }
            if (next < 0) {
                break;
            }
        }
        if (next < 0 || states > Character.MAX_VALUE || (long) states * next > MAX_TABLE) {
            classes = 0;
            table = null;
            return;
        }
        classes = next;
        var dense = new char[states * classes];
        var chars = new char[classes];
        for (var c = 0; c < 128; c++) {
            if (asciiClass[c] != 0) {
                chars[asciiClass[c]] = (char) c;
            }
        }
        otherClass.forEach((c, k) -> chars[k] = c);
        // Breadth first: a state's failure state is shallower, so its row is complete when needed.
        var order = new ArrayDeque(states);
        order.add(0);
        while (!order.isEmpty()) {
            var st = order.poll();
            for (var k = 1; k < classes; k++) {
                var direct = next(st, chars[k]);
                if (direct >= 0) {
                    dense[st * classes + k] = (char) direct;
                    order.add(direct);
                } else {
                    dense[st * classes + k] = st == 0 ? 0 : dense[fail[st] * classes + k];
                }
            }
            // Class 0 (a character no literal has) always leads back to the root.
        }
        table = dense;
    }

    private int classOf(char c) {
        if (c < 128) {
            return asciiClass[c];
        }
        var k = otherClass.get(c);
        return k == null ? 0 : k;
    }

    /** Reports the id (index in the list given at construction) of every literal found in the text, once each. */
    void scan(String text, IntConsumer found) {
        walk(text, found);
    }

    /** Whether the text contains any of the literals: stops at the first one found. */
    boolean containsAny(String text) {
        return walk(text, null);
    }

    /**
     * One pass over the text; with no consumer, stops at the first literal found. The step is
     * written in the loop, with the table in a local: as a method of its own it cost a tenth of
     * the engine's speed (SigmaEngineBenchmark, one thread: 56k against 62k events/s).
     */
    private boolean walk(String text, @org.jspecify.annotations.Nullable IntConsumer found) {
        boolean[] seen = null;
        var state = 0;
        var dense = table;
        for (var i = 0; i < text.length(); i++) {
            var c = text.charAt(i);
            if (dense != null) {
                state = dense[state * classes + classOf(c)];
            } else {
                var next = next(state, c);
                while (next < 0 && state != 0) {
                    state = fail[state];
                    next = next(state, c);
                }
                state = next < 0 ? 0 : next;
            }
            var out = outputs[state];
            if (out.length > 0) {
                if (found == null) {
                    return true;
                }
                if (seen == null) {
                    seen = new boolean[literalCount];
                }
                for (var id : out) {
                    if (!seen[id]) {
                        seen[id] = true;
                        found.accept(id);
                    }
                }
            }
        }
        return false;
    }

    private int next(int state, char c) {
        if (state == 0 && c < 128) {
            return rootAscii[c];
        }
        var stateKeys = keys[state];
        if (stateKeys.length <= 8) {
            // Most states deep in the automaton have one or two ways on: a plain loop beats bisection.
            for (var i = 0; i < stateKeys.length; i++) {
                if (stateKeys[i] == c) {
                    return targets[state][i];
                }
            }
            return -1;
        }
        var at = Arrays.binarySearch(stateKeys, c);
        return at < 0 ? -1 : targets[state][at];
    }

    /** A queue of state numbers without boxing. */
    private static final class ArrayDeque {
        private final int[] items;
        private int head;
        private int tail;

        ArrayDeque(int capacity) {
            items = new int[capacity];
        }

        void add(int item) {
            items[tail++] = item;
        }

        int poll() {
            return items[head++];
        }

        boolean isEmpty() {
            return head == tail;
        }
    }
}

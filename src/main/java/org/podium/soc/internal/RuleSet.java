package org.podium.soc.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;


/**
 * The loaded rules, compiled for speed. Two filters run before any rule is evaluated:
 * <ul>
 * <li>the <b>gate</b>: an event meets only the rules whose logsource admits its channel and event
 *     id (a Sysmon file event never meets the process-creation rules);</li>
 * <li>the <b>literal pre-filter</b>: each rule's {@link Need} (literals any match must contain) goes
 *     into one Aho-Corasick automaton per field; one pass over each field of the event finds every
 *     literal present, and only the rules whose literal was found, or that have no need, are
 *     evaluated.</li>
 * </ul>
 * Both are necessary conditions only; the rule's compiled detection still decides.
 */
public final class RuleSet {

    private static final String ANY = "*";

    private final List<SigmaRule> rules;
    /** Words of 64 rules in a rule mask; a need's second clause is found at bit {@code words * 64 + r}. */
    private final int words;
    /** Channel, then event id, to the mask of the rules gated there ({@code *} for any). */
    private final Map<String, Map<String, long[]>> byGate = new HashMap<>();
    private final long[] always;
    /** Per rule, whether its need has a second clause that must be found too. */
    private final long[] twoClauses;
    private final Map<String, FieldIndex> literalIndex = new HashMap<>();

    /** The literals of one field: the automaton and, per literal (by its number), the rules that need it. */
    private record FieldIndex(LiteralScanner scanner, int[][] rulesByLiteral) {
    }

    public RuleSet(List<SigmaRule> rules) {
        this(rules, Map.of());
    }

    public RuleSet(List<SigmaRule> rules, Map<String, Set<String>> fieldAliases) {
        this.rules = List.copyOf(rules);
        this.words = (this.rules.size() + 63) >>> 6;
        this.always = new long[words];
        this.twoClauses = new long[words];
        var gates = new HashMap<String, List<Integer>>();
        var literals = new HashMap<String, Map<String, List<Integer>>>();
        for (var index = 0; index < this.rules.size(); index++) {
            var rule = this.rules.get(index);
            for (var key : gateKeys(rule)) {
                gates.computeIfAbsent(key, k -> new ArrayList<>()).add(index);
            }
            if (rule.need() == null) {
                always[index >>> 6] |= 1L << index;
                continue;
            }
            var clauses = rule.need().clauses();
            if (clauses.size() > 1) {
                twoClauses[index >>> 6] |= 1L << index;
            }
            for (var clause = 0; clause < clauses.size(); clause++) {
                var slot = clause * words * 64 + index;
                for (var entry : clauses.get(clause).entrySet()) {
                    var fields = new ArrayList<String>();
                    fields.add(entry.getKey());
                    fields.addAll(fieldAliases.getOrDefault(entry.getKey(), Set.of()));
                    for (var field : fields) {
                        for (var literal : entry.getValue()) {
                            literals.computeIfAbsent(field, f -> new HashMap<>()).computeIfAbsent(literal, l -> new ArrayList<>()).add(slot);
                        }
                    }
                }
            }
        }
        gates.forEach((key, list) -> {
            var bar = key.indexOf('|');
            var mask = new long[words];
            list.forEach(index -> mask[index >>> 6] |= 1L << index);
            byGate.computeIfAbsent(key.substring(0, bar), c -> new HashMap<>()).put(key.substring(bar + 1), mask);
        });
        literals.forEach((field, byLiteral) -> {
            var words = new ArrayList<>(byLiteral.keySet());
            var ruleIds = new int[words.size()][];
            for (var i = 0; i < words.size(); i++) {
                ruleIds[i] = byLiteral.get(words.get(i)).stream().mapToInt(Integer::intValue).distinct().toArray();
            }
            literalIndex.put(field, new FieldIndex(new LiteralScanner(words), ruleIds));
        });
    }

    private static java.util.Set<String> gateKeys(SigmaRule rule) {
        var keys = new java.util.LinkedHashSet<String>();
        if (rule.gates().isEmpty()) {
            keys.add(key(ANY, ANY));
        }
        for (var gate : rule.gates()) {
            var channels = gate.channels().isEmpty() ? List.of(ANY) : gate.channels();
            var ids = gate.eventIds().isEmpty() ? List.of(ANY) : gate.eventIds();
            for (var channel : channels) {
                for (var id : ids) {
                    keys.add(key(channel, id));
                }
            }
        }
        return keys;
    }

    public List<SigmaRule> rules() {
        return rules;
    }

    /** How many rules have no literal to pre-filter on, so are evaluated on every event their gate admits. */
    public int withoutLiteral() {
        var count = 0;
        for (var word : always) {
            count += Long.bitCount(word);
        }
        return count;
    }

    /** Calls back for every rule the event fires, each at most once. */
    public void evaluate(SigmaEvent event, Consumer<SigmaRule> fired) {
        var found = literalsFound(event);
        var channelValue = event.get("Event.System.Channel");
        var idValue = event.get("Event.System.EventID");
        var channel = channelValue == null ? ANY : channelValue.toString().toLowerCase(Locale.ROOT);
        var id = idValue == null ? ANY : idValue.toString();
        var buckets = new long[4][];
        var count = 0;
        var forChannel = byGate.get(channel);
        var forAny = channel.equals(ANY) ? null : byGate.get(ANY);
        if (forChannel != null) {
            buckets[count++] = forChannel.get(id);
            if (!id.equals(ANY)) {
                buckets[count++] = forChannel.get(ANY);
            }
        }
        if (forAny != null) {
            buckets[count++] = forAny.get(id);
            if (!id.equals(ANY)) {
                buckets[count++] = forAny.get(ANY);
            }
        }
        // Word by word: the rules the gate admits whose literals were found (or that need none),
        // each tested once even when several buckets hold it.
        var f = found.words;
        for (var w = 0; w < words; w++) {
            long gated = 0;
            for (var b = 0; b < count; b++) {
                if (buckets[b] != null) {
                    gated |= buckets[b][w];
                }
            }
            var candidates = gated & (always[w] | (f[w] & (~twoClauses[w] | f[words + w])));
            while (candidates != 0) {
                var bit = Long.numberOfTrailingZeros(candidates);
                candidates &= candidates - 1;
                var rule = rules.get((w << 6) + bit);
                if (rule.detection().test(event)) {
                    fired.accept(rule);
                }
            }
        }
    }

    /** The clauses (bit r, and bit words * 64 + r for a second clause) whose literal occurs in the event. */
    private Bits literalsFound(SigmaEvent event) {
        var found = new Bits(2 * words * 64);
        event.forEachField((name, value) -> {
            var index = literalIndex.get(name);
            if (index != null) {
                scan(index, value, found);
            }
        });
        var anywhere = literalIndex.get(ANY);
        if (anywhere != null) {
            for (var value : event.lowerValues()) {
                mark(anywhere, value, found);
            }
        }
        return found;
    }

    private static void scan(FieldIndex index, Object value, Bits found) {
        if (value instanceof List<?> list) {
            list.forEach(item -> {
                if (item != null) {
                    scan(index, item, found);
                }
            });
        } else if (!(value instanceof Map)) {
            mark(index, SigmaEvent.lowerOf(value), found);
        }
    }

    private static void mark(FieldIndex index, String lower, Bits found) {
        index.scanner().scan(lower, literal -> {
            for (var rule : index.rulesByLiteral()[literal]) {
                found.set(rule);
            }
        });
    }

    /** A fixed-size bit set without the bookkeeping of java.util.BitSet: set, and the words read as masks. */
    private static final class Bits {
        private final long[] words;

        Bits(int size) {
            words = new long[(size + 63) >>> 6];
        }

        void set(int bit) {
            words[bit >>> 6] |= 1L << bit;
        }
    }

    private static String key(String channel, String id) {
        return channel + "|" + id;
    }
}

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
 *     id (a Sysmon file event never meets the process-creation rules). A rule whose logsource the
 *     mapping gives no Windows channel or event id for (Zeek, Okta, AWS, Linux, Podium's own)
 *     meets only the events that declare that logsource in a {@code logsource} object
 *     ({@code product}, {@code service}, {@code category}: each the rule names must be equal; an
 *     event with a Windows channel is product {@code windows}). Without it a Zeek rule written
 *     "not selection" would fire on every sign-in;</li>
 * <li>the <b>literal pre-filter</b>: each rule's {@link Need} (literals any match must contain) goes
 *     into one Aho-Corasick automaton per field; one pass over each field of the event finds every
 *     literal present, and only the rules whose literal was found, or that have no need, are
 *     evaluated.</li>
 * </ul>
 * Both are necessary conditions only; the rule's compiled detection still decides.
 */
public final class RuleSet {

    private static final String ANY = "*";
    /** The gate's channel key for rules dispatched on the event's declared logsource. */
    private static final String DECLARED = "\u0000logsource";

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
        for (var gate : rule.gates()) {
            if (gate.channels().isEmpty() && gate.eventIds().isEmpty()) {
                continue; // the mapping knows the logsource but gives nothing to dispatch on
            }
            var channels = gate.channels().isEmpty() ? List.of(ANY) : gate.channels();
            var ids = gate.eventIds().isEmpty() ? List.of(ANY) : gate.eventIds();
            for (var channel : channels) {
                for (var id : ids) {
                    keys.add(key(channel, id));
                }
            }
        }
        if (keys.isEmpty()) {
            var logsource = rule.logsource();
            if (logsource.product() == null && logsource.service() == null && logsource.category() == null) {
                keys.add(key(ANY, ANY));
            } else {
                keys.add(key(DECLARED, declared(logsource.product(), logsource.service(), logsource.category())));
            }
        }
        return keys;
    }

    private static String declared(@org.jspecify.annotations.Nullable Object product, @org.jspecify.annotations.Nullable Object service,
                                   @org.jspecify.annotations.Nullable Object category) {
        return part(product) + "|" + part(service) + "|" + part(category);
    }

    private static String part(@org.jspecify.annotations.Nullable Object value) {
        return value == null ? ANY : value.toString().toLowerCase(Locale.ROOT);
    }

    /** The rules gated on the logsource an event declares: every combination of its parts or any. */
    private void declaredBuckets(SigmaEvent event, @org.jspecify.annotations.Nullable Object channel, List<long[]> buckets) {
        var byDeclared = byGate.get(DECLARED);
        if (byDeclared == null) {
            return;
        }
        var product = event.get("logsource.product");
        if (product == null && channel != null) {
            product = "windows";
        }
        var service = event.get("logsource.service");
        var category = event.get("logsource.category");
        if (product == null && service == null && category == null) {
            return;
        }
        for (var p : product == null ? new Object[] {null} : new Object[] {product, null}) {
            for (var s : service == null ? new Object[] {null} : new Object[] {service, null}) {
                for (var c : category == null ? new Object[] {null} : new Object[] {category, null}) {
                    var mask = byDeclared.get(declared(p, s, c));
                    if (mask != null) {
                        buckets.add(mask);
                    }
                }
            }
        }
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
        var declared = new ArrayList<long[]>(0);
        declaredBuckets(event, channelValue, declared);
        var buckets = new long[4 + declared.size()][];
        var count = 0;
        for (var mask : declared) {
            buckets[count++] = mask;
        }
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

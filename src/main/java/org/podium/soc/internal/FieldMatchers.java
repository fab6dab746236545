package org.podium.soc.internal;

import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Compiles one detection item, {@code field|modifier|...: value or values}, into a test on an
 * event. Modifiers run in the order the rule writes them: value transformations first (expand,
 * windash, the UTF-16 encodings, base64, base64offset), then how the values are compared
 * (contains, startswith, endswith, re, cidr, lt..gte, fieldref, exists), then how several values
 * combine (any by default, all) and whether the result is negated (neq). A modifier the engine
 * does not know rejects the rule.
 */
final class FieldMatchers {

    private static final Set<String> KNOWN = Set.of("contains", "startswith", "endswith", "all", "re", "i", "m", "s",
            "windash", "cidr", "expand", "base64", "base64offset", "utf16le", "utf16be", "utf16", "wide", "fieldref", "cased",
            "neq", "exists", "lt", "lte", "gt", "gte");
    private static final String DASHES = "-/\u2013\u2014\u2015";

    private final Map<String, List<String>> placeholders;

    FieldMatchers(Map<String, List<String>> placeholders) {
        this.placeholders = placeholders;
    }

    Predicate<SigmaEvent> compile(String key, @Nullable Object value, String path) {
        var parts = key.split("\\|");
        var field = parts[0];
        var modifiers = List.of(parts).subList(1, parts.length);
        for (var modifier : modifiers) {
            if (!KNOWN.contains(modifier)) {
                throw new RuleRejected(path, "unsupported modifier '" + modifier + "'");
            }
        }
        var values = value instanceof List<?> list ? new ArrayList<Object>(list) : new ArrayList<>(java.util.Collections.singletonList(value));
        if (field.isEmpty()) {
            return keywords(values, modifiers, path);
        }
        if (modifiers.contains("exists")) {
            if (values.size() != 1 || !(values.getFirst() instanceof Boolean exists)) {
                throw new RuleRejected(path, "exists takes true or false");
            }
            return exists ? event -> event.has(field) : event -> !event.has(field);
        }
        if (modifiers.contains("all") && values.size() < 2) {
            // The specification forbids it; rules in the wild use it on one value, where it means nothing more.
            modifiers = modifiers.stream().filter(m -> !m.equals("all")).toList();
        }
        if (modifiers.contains("fieldref")) {
            var refs = new ArrayList<Predicate<SigmaEvent>>();
            for (var item : values) {
                refs.addAll(valueTests(field, item, modifiers, path));
            }
            var combined = modifiers.contains("all") ? Matchers.all(refs) : Matchers.any(refs);
            return modifiers.contains("neq") ? combined.negate() : combined;
        }
        // One look-up of the field per event, then every value's test on it.
        var acceptsMissing = values.stream().anyMatch(java.util.Objects::isNull);
        var perValue = new ArrayList<TextTest>();
        for (var item : values) {
            if (item != null) {
                perValue.add(textTest(item, modifiers, path));
            }
        }
        var all = modifiers.contains("all");
        if (!all) {
            // Many values on one field (lists of image names, command fragments): one indexed look-up
            // instead of a test per value.
            var indexed = LiteralSet.of(values, modifiers, this, path);
            if (indexed != null) {
                perValue = new ArrayList<>(List.of(indexed::matches));
            }
        }
        var tests = perValue.toArray(TextTest[]::new);
        Predicate<SigmaEvent> combined = event -> {
            var actual = event.value(field);
            if (actual == null) {
                return acceptsMissing && !all;
            }
            if (all) {
                for (var test : tests) {
                    if (!anyElement(actual, test)) {
                        return false;
                    }
                }
                return true;
            }
            for (var test : tests) {
                if (anyElement(actual, test)) {
                    return true;
                }
            }
            return false;
        };
        return modifiers.contains("neq") ? combined.negate() : combined;
    }

    /** The literals any event matching this item must contain, or null when nothing is known. */
    @Nullable Need need(String key, @Nullable Object value, String path) {
        var parts = key.split("\\|");
        var field = parts[0].isEmpty() ? "*" : parts[0];
        var modifiers = List.of(parts).subList(1, parts.length);
        var values = value instanceof List<?> list ? list : java.util.Collections.singletonList(value);
        if (modifiers.contains("re") && !field.equals("*")
                && modifiers.stream().noneMatch(m -> Set.of("exists", "neq", "fieldref", "all").contains(m))) {
            // A regular expression: the literal its every match contains, if it has a certain one.
            var literals = new ArrayList<String>();
            for (var item : values) {
                var literal = item instanceof String regex ? RegexLiterals.required(regex) : null;
                if (literal == null) {
                    return null;
                }
                literals.add(literal);
            }
            return Need.of(field, literals);
        }
        if (modifiers.stream().anyMatch(m -> Set.of("exists", "neq", "re", "cidr", "lt", "lte", "gt", "gte", "fieldref").contains(m))) {
            return null;
        }
        var searched = field.equals("*") && modifiers.stream().noneMatch(m -> m.equals("startswith") || m.equals("endswith"))
                ? java.util.stream.Stream.concat(modifiers.stream(), java.util.stream.Stream.of("contains")).toList() : modifiers;
        var perValue = new ArrayList<List<String>>();
        for (var item : values) {
            if (!(item instanceof String text)) {
                return null;
            }
            perValue.add(variants(text, searched, path).stream().map(Glob::longestLiteral).toList());
        }
        if (modifiers.contains("all") && perValue.size() > 1) {
            Need best = null;
            for (var literals : perValue) {
                best = Need.both(best, Need.of(field, literals));
            }
            return best;
        }
        return Need.of(field, perValue.stream().flatMap(List::stream).toList());
    }

    /** Keywords with modifiers ({@code '|all': [...]}): each searched in every value of the event. */
    private Predicate<SigmaEvent> keywords(List<Object> values, List<String> modifiers, String path) {
        var searched = modifiers.stream().anyMatch(m -> m.equals("startswith") || m.equals("endswith") || m.equals("contains"))
                ? modifiers : java.util.stream.Stream.concat(modifiers.stream(), java.util.stream.Stream.of("contains")).toList();
        var perValue = new ArrayList<List<Glob>>();
        for (var value : values) {
            if (value == null || value instanceof Map || value instanceof List) {
                throw new RuleRejected(path, "keywords are plain values");
            }
            perValue.add(variants(value.toString(), searched, path).stream().map(v -> Glob.of(v, modifiers.contains("cased"))).toList());
        }
        var all = modifiers.contains("all");
        return event -> {
            for (var globs : perValue) {
                var found = false;
                for (var glob : globs) {
                    if (event.anyValueMatches(glob)) {
                        found = true;
                        break;
                    }
                }
                if (all && !found) {
                    return false;
                }
                if (!all && found) {
                    return true;
                }
            }
            return all;
        };
    }

    /** A test of one text value: its raw form and its lower-case form. */
    @FunctionalInterface
    interface TextTest {
        boolean test(String raw, String lower);
    }

    private static boolean anyElement(Object actual, TextTest test) {
        if (actual instanceof SigmaEvent.Text text) {
            return test.test(text.raw, text.lower());
        }
        if (actual instanceof List<?> list) {
            for (var item : list) {
                if (item != null && !(item instanceof Map) && test.test(item.toString(), SigmaEvent.lowerOf(item))) {
                    return true;
                }
            }
            return false;
        }
        if (actual instanceof Map) {
            return false;
        }
        var raw = actual.toString();
        return test.test(raw, raw.toLowerCase(java.util.Locale.ROOT));
    }

    /** The test one rule value (not null) turns into; its variants (windash, base64offset, expand) are alternatives. */
    TextTest textTest(Object value, List<String> modifiers, String path) {
        if (modifiers.contains("re")) {
            var flags = (modifiers.contains("i") ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0)
                    | (modifiers.contains("m") ? Pattern.MULTILINE : 0) | (modifiers.contains("s") ? Pattern.DOTALL : 0);
            try {
                var regex = Pattern.compile(value.toString(), flags);
                return (raw, lower) -> regex.matcher(raw).find();
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new RuleRejected(path, "invalid regular expression: " + e.getDescription());
            }
        }
        if (modifiers.contains("cidr")) {
            var network = Cidr.parse(value.toString(), path);
            return (raw, lower) -> network.contains(raw);
        }
        for (var comparison : List.of("lt", "lte", "gt", "gte")) {
            if (modifiers.contains(comparison)) {
                var bound = number(value, path);
                return (raw, lower) -> compare(raw, bound, comparison);
            }
        }
        if (value instanceof Number || value instanceof Boolean) {
            var expected = value.toString().toLowerCase(java.util.Locale.ROOT);
            return (raw, lower) -> lower.equals(expected);
        }
        if (value instanceof Map || value instanceof List) {
            throw new RuleRejected(path, "a value is a string, a number, a boolean or null");
        }
        var cased = modifiers.contains("cased");
        var globs = variants(value.toString(), modifiers, path).stream().map(v -> Glob.of(v, cased)).toArray(Glob[]::new);
        if (globs.length == 1) {
            var glob = globs[0];
            return glob::matches;
        }
        return (raw, lower) -> {
            for (var glob : globs) {
                if (glob.matches(raw, lower)) {
                    return true;
                }
            }
            return false;
        };
    }

    /** A field compared with another field of the same event ({@code fieldref}). */
    private static List<Predicate<SigmaEvent>> valueTests(String field, @Nullable Object value, List<String> modifiers, String path) {
        if (value == null) {
            throw new RuleRejected(path, "fieldref names a field");
        }
        var other = value.toString();
        var cased = modifiers.contains("cased");
        return List.of(event -> {
            var mine = event.get(field);
            var theirs = event.get(other);
            return mine != null && theirs != null && (cased ? mine.toString().equals(theirs.toString())
                    : mine.toString().equalsIgnoreCase(theirs.toString()));
        });
    }

    /** The value's glob patterns after the transforming modifiers, with the wildcards of contains, startswith, endswith. */
    List<String> variants(String value, List<String> modifiers, String path) {
        var current = new ArrayList<>(List.of(canonical(value)));
        var encoded = false;
        for (var modifier : modifiers) {
            var next = new ArrayList<String>();
            switch (modifier) {
                case "expand" -> current.forEach(v -> next.addAll(expand(v, path)));
                case "windash" -> current.forEach(v -> next.addAll(windash(v)));
                case "utf16le", "wide" -> current.forEach(v -> next.add(bytesAsText(unescape(v).getBytes(StandardCharsets.UTF_16LE))));
                case "utf16be" -> current.forEach(v -> next.add(bytesAsText(unescape(v).getBytes(StandardCharsets.UTF_16BE))));
                case "utf16" -> current.forEach(v -> next.add(bytesAsText(concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                        unescape(v).getBytes(StandardCharsets.UTF_16LE)))));
                case "base64" -> {
                    current.forEach(v -> next.add(Base64.getEncoder().encodeToString(textAsBytes(unescape(v)))));
                    encoded = true;
                }
                case "base64offset" -> {
                    current.forEach(v -> next.addAll(base64Offsets(textAsBytes(unescape(v)))));
                    encoded = true;
                }
                default -> next.addAll(current);
            }
            current = next;
        }
        var escapedEncoding = encoded;
        return current.stream().map(v -> {
            var glob = escapedEncoding ? v.replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?") : v;
            if (modifiers.contains("contains")) {
                return "*" + glob + "*";
            }
            if (modifiers.contains("startswith")) {
                return glob + "*";
            }
            if (modifiers.contains("endswith")) {
                return "*" + glob;
            }
            return glob;
        }).toList();
    }

    private List<String> expand(String value, String path) {
        var matcher = Pattern.compile("%([A-Za-z0-9_]+)%").matcher(value);
        if (!matcher.find()) {
            return List.of(value);
        }
        var name = matcher.group(1);
        var replacements = placeholders.get(name);
        if (replacements == null) {
            throw new RuleRejected(path, "placeholder %" + name + "% has no configured values");
        }
        var out = new ArrayList<String>();
        for (var replacement : replacements) {
            out.addAll(expand(value.substring(0, matcher.start()) + replacement + value.substring(matcher.end()), path));
        }
        return out;
    }

    /** Every dash-like flag prefix written each of the five ways a Windows command line accepts. */
    static List<String> windash(String value) {
        if (value.chars().noneMatch(c -> DASHES.indexOf(c) >= 0)) {
            return List.of(value);
        }
        var out = new ArrayList<String>();
        for (var dash : DASHES.toCharArray()) {
            var variant = new StringBuilder(value);
            for (var i = 0; i < variant.length(); i++) {
                if (DASHES.indexOf(variant.charAt(i)) >= 0 && (i == 0 || Character.isWhitespace(variant.charAt(i - 1))
                        || variant.charAt(i - 1) == '*')) {
                    variant.setCharAt(i, dash);
                }
            }
            if (!out.contains(variant.toString())) {
                out.add(variant.toString());
            }
        }
        if (!out.contains(value)) {
            out.add(value);
        }
        return out;
    }

    /** The three base64 renderings of a value placed at any byte offset, without the edge characters that depend on neighbours. */
    static List<String> base64Offsets(byte[] value) {
        int[] start = {0, 2, 3};
        int[] endTrim = {0, 3, 2};
        var out = new ArrayList<String>();
        for (var i = 0; i < 3; i++) {
            var padded = concat(" ".repeat(i).getBytes(StandardCharsets.US_ASCII), value);
            var encoded = Base64.getEncoder().encodeToString(padded);
            var trim = endTrim[(value.length + i) % 3];
            out.add(encoded.substring(start[i], encoded.length() - trim));
        }
        return out;
    }

    private static boolean anyValue(@Nullable Object value, Predicate<String> test) {
        if (value == null) {
            return false;
        }
        if (value instanceof List<?> list) {
            for (var item : list) {
                if (item != null && test.test(item.toString())) {
                    return true;
                }
            }
            return false;
        }
        return !(value instanceof Map) && test.test(value.toString());
    }

    private static BigDecimal number(Object value, String path) {
        try {
            return new BigDecimal(value.toString());
        } catch (NumberFormatException e) {
            throw new RuleRejected(path, "a numeric modifier needs a number, not '" + value + "'");
        }
    }

    private static boolean compare(String text, BigDecimal bound, String comparison) {
        BigDecimal actual;
        try {
            actual = new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            return false;
        }
        var order = actual.compareTo(bound);
        return switch (comparison) {
            case "lt" -> order < 0;
            case "lte" -> order <= 0;
            case "gt" -> order > 0;
            default -> order >= 0;
        };
    }

    /**
     * The rule's text with every backslash that escapes nothing doubled: {@code '\\Temp\\'} ends with a
     * literal backslash, and the wildcard that contains adds after it must stay a wildcard.
     */
    static String canonical(String value) {
        var out = new StringBuilder(value.length() + 8);
        for (var i = 0; i < value.length(); i++) {
            var c = value.charAt(i);
            if (c == '\\') {
                if (i + 1 < value.length() && "*?\\".indexOf(value.charAt(i + 1)) >= 0) {
                    out.append(c).append(value.charAt(++i));
                } else {
                    out.append("\\\\");
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String unescape(String glob) {
        return glob.replaceAll("\\\\([*?\\\\])", "$1");
    }

    private static String bytesAsText(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static byte[] textAsBytes(String text) {
        // Text produced by the UTF-16 modifiers is one char per byte; plain text is UTF-8.
        return text.chars().allMatch(c -> c < 256) ? text.getBytes(StandardCharsets.ISO_8859_1) : text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        var out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** An IPv4 or IPv6 network. */
    record Cidr(byte[] network, int prefix) {
        static Cidr parse(String text, String path) {
            var slash = text.indexOf('/');
            try {
                var address = InetAddress.getByName(slash < 0 ? text : text.substring(0, slash)).getAddress();
                var prefix = slash < 0 ? address.length * 8 : Integer.parseInt(text.substring(slash + 1));
                if (!text.matches("[0-9a-fA-F:.]+(/\\d+)?") || prefix < 0 || prefix > address.length * 8) {
                    throw new RuleRejected(path, "invalid CIDR '" + text + "'");
                }
                return new Cidr(address, prefix);
            } catch (UnknownHostException | NumberFormatException e) {
                throw new RuleRejected(path, "invalid CIDR '" + text + "'");
            }
        }

        boolean contains(String ip) {
            if (!ip.matches("[0-9a-fA-F:.]+")) {
                return false; // never a name lookup
            }
            byte[] address;
            try {
                address = InetAddress.getByName(ip).getAddress();
            } catch (UnknownHostException e) {
                return false;
            }
            if (address.length != network.length) {
                return false;
            }
            var bits = prefix;
            for (var i = 0; i < address.length && bits > 0; i++, bits -= 8) {
                var mask = bits >= 8 ? 0xFF : (0xFF << (8 - bits)) & 0xFF;
                if ((address[i] & mask) != (network[i] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}

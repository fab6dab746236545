package org.podium.soc.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One event as detection rules see it: a flat view of its fields. Every leaf is reachable by its
 * dotted path ({@code Event.EventData.Image}) and, when the name is not ambiguous, by its last
 * name ({@code Image}), which is how Sigma rules name the fields of Windows events converted to
 * JSON. Windows' {@code Event.System.Provider.#attributes.Name} is also {@code Provider_Name}.
 */
public final class SigmaEvent {

    private static final Object AMBIGUOUS = new Object();

    private final Map<String, Object> fields = new HashMap<>();
    private final Map<String, Object> byLowerName = new HashMap<>();
    private final List<String> values = new ArrayList<>();
    private final Map<String, String> aliases;
    private final @Nullable String json;

    private SigmaEvent(Map<String, String> aliases, @Nullable String json) {
        this.aliases = aliases;
        this.json = json;
    }

    public static SigmaEvent of(Map<String, ?> document) {
        return of(document, null);
    }

    /** The event of a document whose JSON text is already written (the evidence alerts quote). */
    static SigmaEvent of(Map<String, ?> document, @Nullable String json) {
        var event = new SigmaEvent(Map.of(), json);
        event.flatten("", document);
        return event.completed();
    }

    /** An event read from its JSON text field by field ({@link EventText}): no map is built on the way. */
    static SigmaEvent reading(String json) {
        return new SigmaEvent(Map.of(), json);
    }

    /** The event's names that come from others, once every field is in. */
    SigmaEvent completed() {
        var provider = fields.get("Event.System.Provider.#attributes.Name");
        if (provider != null) {
            fields.putIfAbsent("Provider_Name", provider);
        }
        return this;
    }

    /** The event as JSON text, as it came when it was read from text; null for one made from a map without it. */
    @Nullable String json() {
        return json;
    }

    /** The same event where a rule's field name may stand for another (a logsource's field mapping). */
    SigmaEvent withAliases(Map<String, String> fieldMappings) {
        if (fieldMappings.isEmpty()) {
            return this;
        }
        var view = new SigmaEvent(fieldMappings, json);
        view.fields.putAll(fields);
        view.byLowerName.putAll(byLowerName);
        view.values.addAll(values);
        view.lowerValues = lowerValues;
        return view;
    }

    /** A text value with its lower-case form, made at most once however many rules compare it. */
    static final class Text {
        final String raw;
        private @Nullable String lower;

        Text(String raw) {
            this.raw = raw;
        }

        String lower() {
            if (lower == null) {
                lower = raw.toLowerCase(Locale.ROOT);
            }
            return lower;
        }

        @Override
        public String toString() {
            return raw;
        }
    }

    private void flatten(String path, Object raw) {
        if (raw instanceof Map<?, ?> map) {
            map.forEach((key, value) -> flatten(path.isEmpty() ? key.toString() : path + "." + key, value));
            return;
        }
        // Every scalar is kept as text once: rules compare text, and numbers would be printed again for every rule.
        put(path, raw == null || raw instanceof List ? raw : new Text(raw.toString()));
    }

    /** One leaf of the event under its dotted path: a {@link Text}, a list as read, or null. */
    void put(String path, @Nullable Object node) {
        fields.put(path, node);
        var name = path.substring(path.lastIndexOf('.') + 1);
        if (!name.equals(path) && !name.startsWith("#")) {
            fields.merge(name, node == null ? NULL : node, (a, b) -> AMBIGUOUS);
            // Windows Defender's channel names its fields with spaces ("Threat Name", "Source Name",
            // "Process Name"); Sigma rules and the logsource mappings name them without (ThreatName).
            if (name.indexOf(' ') >= 0) {
                fields.merge(name.replace(" ", ""), node == null ? NULL : node, (a, b) -> AMBIGUOUS);
            }
        }
        byLowerName.merge(path.toLowerCase(Locale.ROOT), node == null ? NULL : node, (a, b) -> AMBIGUOUS);
        collectValues(node);
    }

    private static final Object NULL = new Object();

    private void collectValues(@Nullable Object node) {
        if (node instanceof List<?> list) {
            list.forEach(this::collectValues);
        } else if (node != null && !(node instanceof Map)) {
            values.add(node.toString());
        }
    }

    /** Whether the event has the field at all (its value may be null or empty). */
    public boolean has(String field) {
        return lookup(field) != MISSING;
    }

    /** The field's value, null when absent or null. */
    public @Nullable Object get(String field) {
        var value = lookup(field);
        return value == MISSING || value == NULL ? null : value instanceof Text text ? text.raw : value;
    }

    /** The field's value as stored: a {@link Text} for text, else a number, boolean or list; null when absent or null. */
    @Nullable Object value(String field) {
        var value = lookup(field);
        return value == MISSING || value == NULL ? null : value;
    }

    private static final Object MISSING = new Object();
    private static final Map<String, String> LOWER_NAMES = new java.util.concurrent.ConcurrentHashMap<>();

    private Object lookup(String field) {
        var name = aliases.getOrDefault(field, field);
        var value = fields.get(name);
        if (value == null) {
            if (fields.containsKey(name)) {
                return NULL;
            }
            // Rules name a bounded set of fields: their lower-case forms are made once, not per event.
            value = byLowerName.get(LOWER_NAMES.computeIfAbsent(name, n -> n.toLowerCase(Locale.ROOT)));
        }
        if (value == null || value == AMBIGUOUS) {
            return MISSING;
        }
        return value;
    }

    private @Nullable String[] lowerValues;

    /** Every value of the event in lower case, in the order of {@link #values()}, computed once. */
    String[] lowerValues() {
        if (lowerValues == null) {
            var lower = new String[values.size()];
            for (var i = 0; i < lower.length; i++) {
                lower[i] = values.get(i).toLowerCase(Locale.ROOT);
            }
            lowerValues = lower;
        }
        return lowerValues;
    }

    /** True when a glob matches one of the event's values: a keyword search. */
    boolean anyValueMatches(Glob glob) {
        var lower = lowerValues();
        for (var i = 0; i < lower.length; i++) {
            if (glob.matches(values.get(i), lower[i])) {
                return true;
            }
        }
        return false;
    }

    /** Every field of the event by every name it has (path and short name), with its value. */
    void forEachField(java.util.function.BiConsumer<String, Object> action) {
        fields.forEach((name, value) -> {
            if (value != AMBIGUOUS && value != NULL && value != null) {
                action.accept(name, value);
            }
        });
    }

    /** Lower-case form of a stored value (a Text's cached one). */
    static String lowerOf(Object value) {
        return value instanceof Text text ? text.lower() : value.toString().toLowerCase(Locale.ROOT);
    }

    /** Every value of the event, for keyword searches. */
    List<String> values() {
        return values;
    }
}

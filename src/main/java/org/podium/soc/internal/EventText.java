package org.podium.soc.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.podium.platform.TextInput;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.databind.ObjectMapper;

/**
 * An event's JSON text read token by token: checked where it arrives (the request thread, the
 * Kafka consumer), then read straight into the flat {@link SigmaEvent} the rules see where it is
 * evaluated. The queue between the two holds the text only, and no map of maps is built and
 * flattened again: both were a good part of the pipeline's time and of its garbage.
 */
@Component
class EventText {

    private final ObjectMapper json;
    private final TokenStreamFactory tokens;
    private final TokenStreamFactory uniqueNames;

    EventText(ObjectMapper json) {
        this.json = json;
        this.tokens = json.tokenStreamFactory();
        this.uniqueNames = tokens.rebuild().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    }

    /** Why the text cannot be taken in as an event (not one JSON object, or text jsonb cannot store), or null. */
    @Nullable String refusal(String text) {
        try (var parser = tokens.createParser(ObjectReadContext.empty(), text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return "not a JSON object";
            }
            var refused = object(parser, NOWHERE, true);
            if (refused == null && parser.nextToken() != null) {
                return "not JSON: more after the object";
            }
            return refused;
        } catch (JacksonException e) {
            return "not JSON: " + e.getOriginalMessage();
        }
    }

    /**
     * The event of a text {@link #refusal} took in (its text is not checked again);
     * {@link IllegalArgumentException} for one that is not one JSON object. A name given twice in
     * one object takes its last value, as a JSON reader into maps and PostgreSQL's jsonb do (the
     * event the rules see is the one the analyst finds stored).
     */
    @SuppressWarnings("unchecked")
    SigmaEvent event(String text) {
        var event = SigmaEvent.reading(text);
        try (var parser = uniqueNames.createParser(ObjectReadContext.empty(), text)) {
            var refused = parser.nextToken() == JsonToken.START_OBJECT ? object(parser, new EventFields(event, ""), false) : "not a JSON object";
            if (refused == null && parser.nextToken() != null) {
                refused = "not JSON: more after the object";
            }
            if (refused != null) {
                throw new IllegalArgumentException(refused);
            }
        } catch (JacksonException e) {
            var refused = refusal(text);
            if (refused != null) {
                throw new IllegalArgumentException(refused, e);
            }
            // Readable without the check of unique names: a name given twice. Rare: read the slow way.
            try {
                return SigmaEvent.of(json.readValue(text, Map.class), text);
            } catch (JacksonException unreadable) {
                // Never an exception out of here: a batch whose evaluation fails stays pending for ever.
                throw new IllegalArgumentException("not JSON: " + unreadable.getOriginalMessage(), unreadable);
            }
        }
        return event.completed();
    }

    /** Where an object's fields go as they are read. */
    private interface Fields {
        void leaf(String name, @Nullable Object value);

        Fields object(String name);
    }

    /** Checked only. */
    private static final Fields NOWHERE = new Fields() {
        @Override
        public void leaf(String name, @Nullable Object value) {
        }

        @Override
        public Fields object(String name) {
            return this;
        }
    };

    /** Into the event under dotted paths, as flattening a map would: scalars as text, lists as read. */
    private record EventFields(SigmaEvent event, String path) implements Fields {
        @Override
        public void leaf(String name, @Nullable Object value) {
            event.put(path(name), value == null || value instanceof List ? value : new SigmaEvent.Text(value.toString()));
        }

        @Override
        public Fields object(String name) {
            return new EventFields(event, path(name));
        }

        private String path(String name) {
            return path.isEmpty() ? name : path + "." + name;
        }
    }

    /** Into a map, as a JSON reader would give it (an object inside a list). */
    private record MapFields(Map<String, Object> map) implements Fields {
        @Override
        public void leaf(String name, @Nullable Object value) {
            map.put(name, value);
        }

        @Override
        public Fields object(String name) {
            var inner = new LinkedHashMap<String, Object>();
            map.put(name, inner);
            return new MapFields(inner);
        }
    }

    /**
     * The object's fields, the parser at its start; the first refusal, or null. Text is checked
     * only where the event arrives ({@code check}): where it is evaluated it was checked already.
     */
    private static @Nullable String object(JsonParser parser, Fields into, boolean check) {
        for (var name = parser.nextName(); name != null; name = parser.nextName()) {
            var refused = check ? TextInput.refusal(name) : null;
            if (refused != null) {
                return "a name " + refused;
            }
            var token = parser.nextToken();
            if (token == JsonToken.START_OBJECT) {
                refused = object(parser, into.object(name), check);
            } else if (token == JsonToken.START_ARRAY) {
                var list = new ArrayList<@Nullable Object>();
                refused = array(parser, list, check);
                into.leaf(name, list);
            } else {
                var value = scalar(parser, token);
                refused = check ? refusal(value) : null;
                into.leaf(name, value);
            }
            if (refused != null) {
                return refused;
            }
        }
        return null;
    }

    /** The array's elements as a JSON reader gives them (text, numbers, booleans, null, maps, lists), the parser at its start. */
    private static @Nullable String array(JsonParser parser, List<@Nullable Object> into, boolean check) {
        for (var token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            String refused;
            if (token == JsonToken.START_OBJECT) {
                var map = new LinkedHashMap<String, Object>();
                into.add(map);
                refused = object(parser, new MapFields(map), check);
            } else if (token == JsonToken.START_ARRAY) {
                var list = new ArrayList<@Nullable Object>();
                into.add(list);
                refused = array(parser, list, check);
            } else {
                var value = scalar(parser, token);
                into.add(value);
                refused = check ? refusal(value) : null;
            }
            if (refused != null) {
                return refused;
            }
        }
        return null;
    }

    /** What jsonb cannot store or a person could not read back in a value (NUL, half a surrogate pair, control characters), or null. */
    private static @Nullable String refusal(@Nullable Object value) {
        var refused = value instanceof String text ? TextInput.refusal(text) : null;
        return refused == null ? null : "a value " + refused;
    }

    /** A scalar as Jackson's untyped reading gives it: the smallest integer type that holds it, a double, a boolean, text. */
    private static @Nullable Object scalar(JsonParser parser, JsonToken token) {
        return switch (token) {
            case VALUE_STRING -> parser.getString();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getNumberValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            default -> null;
        };
    }
}

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

    /** Why the text cannot be taken in as an event (not one JSON object, or text that cannot be stored or read back), or null. */
    @Nullable String refusal(String text) {
        return check(text).refusal();
    }

    /** A text checked where it arrives: why it cannot be taken in (null when it can), and the values of its indexed fields. */
    record Checked(@Nullable String refusal, IndexedFields indexed) {
    }

    /** The text checked, and the values of its indexed fields read on the way (no second reading to store them). */
    Checked check(String text) {
        var indexed = new Indexed(text);
        try (var parser = tokens.createParser(ObjectReadContext.empty(), text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return new Checked("not a JSON object", IndexedFields.NONE);
            }
            var refused = object(parser, indexed, !plain(text));
            if (refused == null && parser.nextToken() != null) {
                refused = "not JSON: more after the object";
            }
            return refused == null ? new Checked(null, indexed.fields()) : new Checked(refused, IndexedFields.NONE);
        } catch (JacksonException e) {
            return new Checked("not JSON: " + e.getOriginalMessage(), IndexedFields.NONE);
        }
    }

    /**
     * The indexed fields of a text the platform wrote itself (its own events): read, not checked,
     * so that a value the check would refuse (a control character in a staff action's detail)
     * does not leave the event unfound by its account or address.
     */
    IndexedFields indexedFields(String text) {
        var indexed = new Indexed(text);
        try (var parser = tokens.createParser(ObjectReadContext.empty(), text)) {
            if (parser.nextToken() == JsonToken.START_OBJECT) {
                object(parser, indexed, false);
                return indexed.fields();
            }
        } catch (JacksonException e) {
            // Not one JSON object: nothing to index (the platform writes its events with Jackson).
        }
        return IndexedFields.NONE;
    }

    /**
     * The event of a text {@link #refusal} took in (its text is not checked again);
     * {@link IllegalArgumentException} for one that is not one JSON object. A name given twice in
     * one object takes its last value, as a JSON reader into maps does.
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

    /**
     * Whether the text can hold nothing {@link TextInput#refusal} refuses once read, so that its
     * names and values need not be read one by one to be checked (checking them was two fifths of a
     * Kafka consumer's time): no {@code \\u} escape and no surrogate. A control character written
     * as itself is not JSON: the parser refuses it.
     */
    static boolean plain(String text) {
        for (var i = 0; i < text.length(); i++) {
            var c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == 'u' || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** Where an object's fields go as they are read. */
    private interface Fields {
        void leaf(String name, @Nullable Object value);

        /** Whether {@link #leaf} wants the values (else they are skipped, not read, when not checked either). */
        default boolean wantsValues() {
            return true;
        }

        Fields object(String name);

        /** Whether the name's value is wanted as its text too ({@link #text}): an indexed field. */
        default boolean wantsText(String name) {
            return false;
        }

        /** The value's text from {@code start} to the parser's current token, for a name {@link #wantsText} wants. */
        default void text(String name, JsonParser parser, JsonToken first, long start) {
        }
    }

    /**
     * The indexed fields (at the top, and {@code ip} in the top {@code source} object) as
     * PostgreSQL's {@code #>>} reads the stored text: the last occurrence of the path wins, a
     * later value that is not an object does not replace an earlier object's field.
     */
    private static final class Indexed extends Skipping {
        private final String text;
        private @Nullable String user;
        private @Nullable String sourceIp;
        private @Nullable String computer;
        private @Nullable String eventId;
        private final Fields source = new Skipping() {
            @Override
            public boolean wantsText(String name) {
                return name.equals("ip");
            }

            @Override
            public void text(String name, JsonParser parser, JsonToken first, long start) {
                sourceIp = Indexed.this.text(parser, first, start);
            }
        };

        Indexed(String text) {
            this.text = text;
        }

        IndexedFields fields() {
            return user == null && sourceIp == null && computer == null && eventId == null ? IndexedFields.NONE
                    : new IndexedFields(user, sourceIp, computer, eventId);
        }

        @Override
        public Fields object(String name) {
            return name.equals("source") ? source : NOWHERE;
        }

        @Override
        public boolean wantsText(String name) {
            return switch (name) {
                case "user", "Computer", "EventID" -> true;
                default -> false;
            };
        }

        @Override
        public void text(String name, JsonParser parser, JsonToken first, long start) {
            var value = text(parser, first, start);
            switch (name) {
                case "user" -> user = value;
                case "Computer" -> computer = value;
                default -> eventId = value;
            }
        }

        /** As {@code #>>} gives it: text unescaped, JSON null as none, anything else as written (an object or a list whole). */
        private @Nullable String text(JsonParser parser, JsonToken first, long start) {
            return switch (first) {
                case VALUE_NULL -> null;
                case VALUE_STRING -> parser.getString();
                case START_OBJECT, START_ARRAY -> text.substring((int) start, (int) parser.currentTokenLocation().getCharOffset() + 1);
                default -> parser.getText();
            };
        }
    }

    /** Fields whose values are not kept: checked only, where the event arrives. */
    private abstract static class Skipping implements Fields {
        @Override
        public void leaf(String name, @Nullable Object value) {
        }

        @Override
        public boolean wantsValues() {
            return false;
        }

        @Override
        public Fields object(String name) {
            return NOWHERE;
        }
    }

    /** Checked only. */
    private static final Fields NOWHERE = new Skipping() {
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
            var wantsText = into.wantsText(name);
            var start = wantsText ? parser.currentTokenLocation().getCharOffset() : -1;
            var read = check || into.wantsValues();
            if (token == JsonToken.START_OBJECT) {
                var inner = into.object(name);
                if (read || inner != NOWHERE) {
                    refused = object(parser, inner, check);
                } else {
                    parser.skipChildren();
                }
            } else if (!read) {
                // Neither checked nor kept: not read (the parser still checks it is JSON as it skips it).
                parser.skipChildren();
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
            if (wantsText) {
                into.text(name, parser, token, start);
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

    /** What PostgreSQL cannot read back (NUL, half a surrogate pair) or a person could not read (control characters) in a value, or null. */
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

package org.podium.platform;

import org.jspecify.annotations.Nullable;

/**
 * Text a client sends must be text: no NUL nor other control character (tab, line feed and
 * carriage return aside) and no half of a surrogate pair. PostgreSQL stores neither NUL nor an
 * unpaired surrogate, so such input is refused where it enters, with the field named, rather
 * than failing deep in a query.
 */
public final class TextInput {

    private TextInput() {
    }

    /** Why the text is refused, or null when it is acceptable. */
    public static @Nullable String refusal(@Nullable String text) {
        if (text == null) {
            return null;
        }
        for (var i = 0; i < text.length(); i++) {
            var c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return c == 0 ? "contains a NUL character" : "contains the control character U+" + String.format("%04X", (int) c);
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "contains half of a surrogate pair";
            }
            if (Character.isLowSurrogate(c)) {
                return "contains half of a surrogate pair";
            }
        }
        return null;
    }

    /** The text with what {@link #refusal} refuses replaced by U+FFFD, at most 100 characters: safe to echo in an answer. */
    public static String printable(String text) {
        var out = new StringBuilder();
        text.codePoints().limit(100).forEach(cp -> out.appendCodePoint(
                cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r' || Character.isSurrogate((char) cp) && Character.isBmpCodePoint(cp) ? 0xFFFD : cp));
        return out.toString();
    }
}

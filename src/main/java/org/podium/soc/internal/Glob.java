package org.podium.soc.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A Sigma string value: {@code *} any run of characters, {@code ?} one character, a backslash
 * escapes them; compared case-insensitively unless cased. Compiled once into the cheapest test
 * that does the job: equality, prefix, suffix or infix, a regular expression only for the rest.
 */
final class Glob {

    private enum Kind { EQUALS, STARTS, ENDS, CONTAINS, PATTERN, ANY }

    private final Kind kind;
    private final String literal;
    private final boolean cased;
    private final Pattern pattern;

    private Glob(Kind kind, String literal, boolean cased, Pattern pattern) {
        this.kind = kind;
        this.literal = cased ? literal : literal.toLowerCase(Locale.ROOT);
        this.cased = cased;
        this.pattern = pattern;
    }

    static Glob of(String value, boolean cased) {
        var regex = new StringBuilder();
        var literal = new StringBuilder();
        var wildcards = 0;
        var inner = false;
        var leading = false;
        var trailing = false;
        for (var i = 0; i < value.length(); i++) {
            var c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length() && "*?\\".indexOf(value.charAt(i + 1)) >= 0) {
                c = value.charAt(++i);
                literal.append(c);
                regex.append(Pattern.quote(String.valueOf(c)));
                continue;
            }
            if (c == '*' || c == '?') {
                wildcards++;
                if (c == '?') {
                    inner = true;
                } else if (i == 0) {
                    leading = true;
                } else if (i == value.length() - 1) {
                    trailing = true;
                } else {
                    inner = true;
                }
                regex.append(c == '*' ? ".*" : ".");
                continue;
            }
            literal.append(c);
            regex.append(Pattern.quote(String.valueOf(c)));
        }
        var flags = Pattern.DOTALL | (cased ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        var compiled = Pattern.compile(regex.toString(), flags);
        if (inner) {
            return new Glob(Kind.PATTERN, "", cased, compiled);
        }
        if (wildcards == 0) {
            return new Glob(Kind.EQUALS, literal.toString(), cased, compiled);
        }
        if (literal.isEmpty()) {
            return new Glob(Kind.ANY, "", cased, compiled);
        }
        var kind = leading && trailing ? Kind.CONTAINS : leading ? Kind.ENDS : Kind.STARTS;
        return new Glob(kind, literal.toString(), cased, compiled);
    }

    boolean matches(String text) {
        return switch (kind) {
            case EQUALS -> cased ? text.equals(literal) : text.equalsIgnoreCase(literal);
            case STARTS -> text.regionMatches(!cased, 0, literal, 0, literal.length());
            case ENDS -> text.length() >= literal.length()
                    && text.regionMatches(!cased, text.length() - literal.length(), literal, 0, literal.length());
            case CONTAINS -> (cased ? text : text.toLowerCase(Locale.ROOT)).contains(literal);
            case ANY -> true;
            case PATTERN -> pattern.matcher(text).matches();
        };
    }
}

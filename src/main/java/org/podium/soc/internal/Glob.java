package org.podium.soc.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A Sigma string value: {@code *} any run of characters, {@code ?} one character, a backslash
 * escapes them; compared case-insensitively unless cased. Compiled once into the cheapest test
 * that does the job: equality, prefix, suffix or infix, a regular expression only for the rest.
 */
final class Glob {

    private enum Kind { EQUALS, STARTS, ENDS, CONTAINS, SEGMENTS, PATTERN, ANY }

    private final Kind kind;
    private final String literal;
    private final boolean cased;
    private final Pattern pattern;
    /** For SEGMENTS: the literal runs between stars, and whether the first and last are anchored. */
    private final String[] segments;
    private final boolean anchoredStart;
    private final boolean anchoredEnd;

    private Glob(Kind kind, String literal, boolean cased, Pattern pattern) {
        this(kind, literal, cased, pattern, new String[0], false, false);
    }

    private Glob(Kind kind, String literal, boolean cased, Pattern pattern, String[] segments, boolean anchoredStart,
                 boolean anchoredEnd) {
        this.kind = kind;
        this.literal = cased ? literal : literal.toLowerCase(Locale.ROOT);
        this.cased = cased;
        this.pattern = pattern;
        this.segments = segments;
        this.anchoredStart = anchoredStart;
        this.anchoredEnd = anchoredEnd;
    }

    static Glob of(String value, boolean cased) {
        var regex = new StringBuilder();
        var literal = new StringBuilder();
        var runs = new java.util.ArrayList<String>();
        var run = new StringBuilder();
        var questionMark = false;
        var wildcards = 0;
        var inner = false;
        var leading = false;
        var trailing = false;
        for (var i = 0; i < value.length(); i++) {
            var c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length() && "*?\\".indexOf(value.charAt(i + 1)) >= 0) {
                c = value.charAt(++i);
                literal.append(c);
                run.append(c);
                regex.append(Pattern.quote(String.valueOf(c)));
                continue;
            }
            if (c == '*' || c == '?') {
                wildcards++;
                runs.add(run.toString());
                run.setLength(0);
                if (c == '?') {
                    questionMark = true;
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
            run.append(c);
            regex.append(Pattern.quote(String.valueOf(c)));
        }
        runs.add(run.toString());
        var flags = Pattern.DOTALL | (cased ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        var compiled = Pattern.compile(regex.toString(), flags);
        if (inner && !questionMark) {
            // Stars only: the literal runs in order, found with indexOf, no regular expression.
            var pieces = runs.stream().map(r -> cased ? r : r.toLowerCase(Locale.ROOT)).toArray(String[]::new);
            // The first and last runs are empty when the value starts or ends with a star: anchoring on them is free.
            return new Glob(Kind.SEGMENTS, "", cased, compiled, pieces, true, true);
        }
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

    /** The longest run of literal characters of a Sigma string value, in lower case: any match contains it. */
    static String longestLiteral(String value) {
        var longest = "";
        var run = new StringBuilder();
        for (var i = 0; i < value.length(); i++) {
            var c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length() && "*?\\".indexOf(value.charAt(i + 1)) >= 0) {
                run.append(value.charAt(++i));
            } else if (c == '*' || c == '?') {
                longest = run.length() > longest.length() ? run.toString() : longest;
                run.setLength(0);
            } else {
                run.append(c);
            }
        }
        longest = run.length() > longest.length() ? run.toString() : longest;
        return longest.toLowerCase(Locale.ROOT);
    }

    /** Equality, prefix, suffix or infix of a case-insensitive literal: what a {@link LiteralSet} can index. */
    boolean indexable() {
        return !cased && (kind == Kind.EQUALS || kind == Kind.STARTS || kind == Kind.ENDS || kind == Kind.CONTAINS);
    }

    boolean isEquals() {
        return kind == Kind.EQUALS;
    }

    boolean isStarts() {
        return kind == Kind.STARTS;
    }

    boolean isEnds() {
        return kind == Kind.ENDS;
    }

    /** The literal in lower case (for an indexable glob). */
    String literal() {
        return literal;
    }

    /** Matches a text whose lower-case form the caller already has (computed once per event and field). */
    boolean matches(String text, String lower) {
        if (cased) {
            return matches(text);
        }
        return switch (kind) {
            case EQUALS -> lower.equals(literal);
            case STARTS -> lower.startsWith(literal);
            case ENDS -> lower.endsWith(literal);
            case CONTAINS -> lower.contains(literal);
            case SEGMENTS -> segmentsMatch(lower);
            case ANY -> true;
            case PATTERN -> pattern.matcher(text).matches();
        };
    }

    private boolean segmentsMatch(String text) {
        var first = segments[0];
        var last = segments[segments.length - 1];
        if (anchoredStart && !text.startsWith(first)) {
            return false;
        }
        if (anchoredEnd && (!text.endsWith(last) || text.length() < first.length() + last.length())) {
            return false;
        }
        var from = anchoredStart ? first.length() : 0;
        var upTo = anchoredEnd ? text.length() - last.length() : text.length();
        var start = anchoredStart ? 1 : 0;
        var end = anchoredEnd ? segments.length - 1 : segments.length;
        for (var i = start; i < end; i++) {
            var found = text.indexOf(segments[i], from);
            if (found < 0 || found + segments[i].length() > upTo) {
                return false;
            }
            from = found + segments[i].length();
        }
        return true;
    }

    boolean matches(String text) {
        return switch (kind) {
            case EQUALS -> cased ? text.equals(literal) : text.equalsIgnoreCase(literal);
            case STARTS -> text.regionMatches(!cased, 0, literal, 0, literal.length());
            case ENDS -> text.length() >= literal.length()
                    && text.regionMatches(!cased, text.length() - literal.length(), literal, 0, literal.length());
            case CONTAINS -> (cased ? text : text.toLowerCase(Locale.ROOT)).contains(literal);
            case SEGMENTS -> segmentsMatch(cased ? text : text.toLowerCase(Locale.ROOT));
            case ANY -> true;
            case PATTERN -> pattern.matcher(text).matches();
        };
    }
}

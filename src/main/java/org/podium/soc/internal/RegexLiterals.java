package org.podium.soc.internal;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The longest run of literal characters that every match of a regular expression contains, for the
 * rule pre-filter: a rule whose only test is {@code |re} was otherwise run on every event. Reads the
 * expression conservatively: a top-level alternation gives nothing; groups, classes, dots, anchors
 * and escapes such as {@code \d} end a run; a character made optional ({@code ?}, {@code *},
 * {@code {0,n}}) is taken off its run. The run is compared in lower case, which a case-sensitive
 * match satisfies too.
 */
final class RegexLiterals {

    private final String regex;
    private final StringBuilder run = new StringBuilder();
    private String best = "";
    private int i;

    private RegexLiterals(String regex) {
        this.regex = regex;
    }

    static @Nullable String required(String regex) {
        var reader = new RegexLiterals(regex);
        return reader.read() ? reader.result() : null;
    }

    private @Nullable String result() {
        endRun();
        return best.length() >= Need.SHORTEST ? best.toLowerCase(Locale.ROOT) : null;
    }

    /** False when the expression is read no further (an alternation, something unbalanced). */
    private boolean read() {
        while (i < regex.length()) {
            var c = regex.charAt(i);
            switch (c) {
                case '|', ')', ']', '?', '*', '+', '{' -> {
                    return false; // an alternative at the top level, unbalanced, or a quantifier of nothing
                }
                case '\\' -> {
                    if (i + 1 >= regex.length()) {
                        return false;
                    }
                    var next = regex.charAt(i + 1);
                    i += 2;
                    if (Character.isLetterOrDigit(next)) {
                        // \d, \w, \s, \b, \Q ...: not one known character
                        endRun();
                        if (next == 'Q' || !skipQuantifier()) {
                            return false;
                        }
                    } else if (!literal(next)) {
                        return false;
                    }
                }
                case '[' -> {
                    endRun();
                    if (!skipClass() || !skipQuantifier()) {
                        return false;
                    }
                }
                case '(' -> {
                    endRun();
                    if (!skipGroup() || !skipQuantifier()) {
                        return false;
                    }
                }
                case '.', '^', '$' -> {
                    endRun();
                    i++;
                    if (!skipQuantifier()) {
                        return false;
                    }
                }
                default -> {
                    i++;
                    if (!literal(c)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** A literal character, and what a quantifier after it does to the run. */
    private boolean literal(char c) {
        run.append(c);
        if (i >= regex.length()) {
            return true;
        }
        var q = regex.charAt(i);
        if (q != '?' && q != '*' && q != '+' && q != '{') {
            return true;
        }
        var optional = q == '?' || q == '*' || (q == '{' && i + 1 < regex.length() && regex.charAt(i + 1) == '0');
        if (optional) {
            run.setLength(run.length() - 1);
        }
        endRun();
        return skipQuantifier();
    }

    private void endRun() {
        if (run.length() > best.length()) {
            best = run.toString();
        }
        run.setLength(0);
    }

    private boolean skipQuantifier() {
        if (i >= regex.length()) {
            return true;
        }
        var q = regex.charAt(i);
        if (q == '?' || q == '*' || q == '+') {
            i++;
        } else if (q == '{') {
            var close = regex.indexOf('}', i);
            if (close < 0) {
                return false;
            }
            i = close + 1;
        } else {
            return true;
        }
        if (i < regex.length() && (regex.charAt(i) == '?' || regex.charAt(i) == '+')) {
            i++; // lazy or possessive
        }
        return true;
    }

    private boolean skipClass() {
        var j = i + 1;
        if (j < regex.length() && regex.charAt(j) == '^') {
            j++;
        }
        if (j < regex.length() && regex.charAt(j) == ']') {
            j++;
        }
        var depth = 1;
        while (j < regex.length()) {
            var c = regex.charAt(j);
            if (c == '\\') {
                j += 2;
                continue;
            }
            if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                i = j + 1;
                return true;
            }
            j++;
        }
        return false;
    }

    private boolean skipGroup() {
        var depth = 0;
        while (i < regex.length()) {
            var c = regex.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '[') {
                if (!skipClass()) {
                    return false;
                }
                continue;
            }
            i++;
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return true;
            }
        }
        return false;
    }
}

package org.podium.soc.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A Sigma condition: {@code and}, {@code or}, {@code not}, parentheses, {@code 1 of pattern},
 * {@code all of pattern}, {@code them} (every selection not starting with an underscore), with
 * the specification's precedence: or < and < not < x of < ( ). Aggregations after a pipe are
 * the old way of counting: they are refused, correlation rules do that now.
 */
final class ConditionParser<T> {

    /** What the condition's operators build: matchers for events, or the literals a match needs. */
    interface Algebra<T> {
        T and(T left, T right);

        T or(T left, T right);

        T not(T inner);

        T anyOf(List<T> selections);

        T allOf(List<T> selections);
    }

    private final Algebra<T> algebra;

    private final Map<String, T> selections;
    private final String path;
    private List<String> tokens;
    private int position;

    ConditionParser(Map<String, T> selections, Algebra<T> algebra, String path) {
        this.algebra = algebra;
        this.selections = selections;
        this.path = path;
    }

    T parse(String condition) {
        if (condition.contains("|")) {
            throw new RuleRejected(path, "aggregation in the condition ('|') is not supported: write a correlation rule");
        }
        tokens = tokenize(condition);
        position = 0;
        var expression = or();
        if (position != tokens.size()) {
            throw new RuleRejected(path, "unexpected '" + tokens.get(position) + "' in condition '" + condition + "'");
        }
        return expression;
    }

    private static List<String> tokenize(String condition) {
        var tokens = new ArrayList<String>();
        var matcher = Pattern.compile("\\(|\\)|[^\\s()]+").matcher(condition);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private T or() {
        var left = and();
        while (accept("or")) {
            left = algebra.or(left, and());
        }
        return left;
    }

    private T and() {
        var left = not();
        while (accept("and")) {
            left = algebra.and(left, not());
        }
        return left;
    }

    private T not() {
        if (accept("not")) {
            return algebra.not(not());
        }
        return primary();
    }

    private T primary() {
        if (position >= tokens.size()) {
            throw new RuleRejected(path, "the condition ends too early");
        }
        var token = tokens.get(position++);
        if (token.equals("(")) {
            var inner = or();
            if (!accept(")")) {
                throw new RuleRejected(path, "a parenthesis is not closed in the condition");
            }
            return inner;
        }
        if ((token.equals("1") || token.equals("all") || token.equals("any")) && accept("of")) {
            if (position >= tokens.size()) {
                throw new RuleRejected(path, "'of' needs a selection pattern or 'them'");
            }
            var target = tokens.get(position++);
            var matching = matching(target);
            if (matching.isEmpty()) {
                throw new RuleRejected(path, "no selection matches '" + target + "'");
            }
            return token.equals("all") ? algebra.allOf(matching) : algebra.anyOf(matching);
        }
        if (!selections.containsKey(token)) {
            throw new RuleRejected(path, "the condition names '" + token + "', which is not a selection");
        }
        return selections.get(token);
    }

    private List<T> matching(String target) {
        if (target.equals("them")) {
            return selections.entrySet().stream().filter(e -> !e.getKey().startsWith("_")).map(Map.Entry::getValue).toList();
        }
        var regex = Pattern.compile(Pattern.quote(target).replace("*", "\\E.*\\Q"));
        return selections.entrySet().stream().filter(e -> regex.matcher(e.getKey()).matches()).map(Map.Entry::getValue).toList();
    }

    private boolean accept(String word) {
        if (position < tokens.size() && tokens.get(position).equalsIgnoreCase(word)) {
            position++;
            return true;
        }
        return false;
    }
}

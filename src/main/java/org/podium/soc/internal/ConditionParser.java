package org.podium.soc.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A Sigma condition: {@code and}, {@code or}, {@code not}, parentheses, {@code 1 of pattern},
 * {@code all of pattern}, {@code them} (every selection not starting with an underscore), with
 * the specification's precedence: or < and < not < x of < ( ). Aggregations after a pipe are
 * the old way of counting: they are refused, correlation rules do that now.
 */
final class ConditionParser {

    private final Map<String, Predicate<SigmaEvent>> selections;
    private final String path;
    private List<String> tokens;
    private int position;

    ConditionParser(Map<String, Predicate<SigmaEvent>> selections, String path) {
        this.selections = selections;
        this.path = path;
    }

    Predicate<SigmaEvent> parse(String condition) {
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

    private Predicate<SigmaEvent> or() {
        var left = and();
        while (accept("or")) {
            var right = and();
            var l = left;
            left = event -> l.test(event) || right.test(event);
        }
        return left;
    }

    private Predicate<SigmaEvent> and() {
        var left = not();
        while (accept("and")) {
            var right = not();
            var l = left;
            left = event -> l.test(event) && right.test(event);
        }
        return left;
    }

    private Predicate<SigmaEvent> not() {
        if (accept("not")) {
            return not().negate();
        }
        return primary();
    }

    private Predicate<SigmaEvent> primary() {
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
            if (token.equals("all")) {
                return event -> matching.stream().allMatch(s -> s.test(event));
            }
            return event -> matching.stream().anyMatch(s -> s.test(event));
        }
        var selection = selections.get(token);
        if (selection == null) {
            throw new RuleRejected(path, "the condition names '" + token + "', which is not a selection");
        }
        return selection;
    }

    private List<Predicate<SigmaEvent>> matching(String target) {
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

package org.podium.soc.internal;

import java.util.List;
import java.util.function.Predicate;

/** The condition operators over compiled matchers: arrays and loops, no streams, on the hot path. */
final class Matchers implements ConditionParser.Algebra<Predicate<SigmaEvent>> {

    static final Matchers INSTANCE = new Matchers();

    @Override
    public Predicate<SigmaEvent> and(Predicate<SigmaEvent> left, Predicate<SigmaEvent> right) {
        return event -> left.test(event) && right.test(event);
    }

    @Override
    public Predicate<SigmaEvent> or(Predicate<SigmaEvent> left, Predicate<SigmaEvent> right) {
        return event -> left.test(event) || right.test(event);
    }

    @Override
    public Predicate<SigmaEvent> not(Predicate<SigmaEvent> inner) {
        return inner.negate();
    }

    @Override
    public Predicate<SigmaEvent> anyOf(List<Predicate<SigmaEvent>> selections) {
        return any(selections);
    }

    @Override
    public Predicate<SigmaEvent> allOf(List<Predicate<SigmaEvent>> selections) {
        return all(selections);
    }

    @SuppressWarnings("unchecked")
    static Predicate<SigmaEvent> any(List<Predicate<SigmaEvent>> tests) {
        if (tests.size() == 1) {
            return tests.getFirst();
        }
        Predicate<SigmaEvent>[] array = tests.toArray(Predicate[]::new);
        return event -> {
            for (var test : array) {
                if (test.test(event)) {
                    return true;
                }
            }
            return false;
        };
    }

    @SuppressWarnings("unchecked")
    static Predicate<SigmaEvent> all(List<Predicate<SigmaEvent>> tests) {
        if (tests.size() == 1) {
            return tests.getFirst();
        }
        Predicate<SigmaEvent>[] array = tests.toArray(Predicate[]::new);
        return event -> {
            for (var test : array) {
                if (!test.test(event)) {
                    return false;
                }
            }
            return true;
        };
    }
}

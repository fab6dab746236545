package org.podium.finance.internal;

import java.util.List;

/**
 * A finance action refused, with why (message keys, some with an argument after a colon): an
 * entry the ledger will not validate, a payment file the bank would refuse, a step of purchase to
 * pay. The pages list the reasons in the reader's language.
 */
public class ActionRefused extends IllegalArgumentException {

    private final List<String> reasons;

    public ActionRefused(List<String> reasons) {
        super(String.join(", ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public ActionRefused(String reason) {
        this(List.of(reason));
    }

    public List<String> reasons() {
        return reasons;
    }

    /** Refuses when {@code reasons} is not empty. */
    public static void unless(List<String> reasons) {
        if (!reasons.isEmpty()) {
            throw new ActionRefused(reasons);
        }
    }
}

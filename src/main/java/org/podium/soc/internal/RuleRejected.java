package org.podium.soc.internal;

/** A rule the engine cannot honour: where in the rule, and why. The other rules still load. */
public class RuleRejected extends RuntimeException {

    private final String path;

    RuleRejected(String path, String reason) {
        super(reason);
        this.path = path;
    }

    /** Where in the rule, e.g. {@code detection.selection.CommandLine|base32}. */
    public String path() {
        return path;
    }
}

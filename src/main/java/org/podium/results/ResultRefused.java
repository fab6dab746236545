package org.podium.results;

/**
 * A result message broke a rule and changed nothing. The kind says which rule, for the HTTP
 * answer: a malformed message, a conflict with the unit's state, or an operator out of scope.
 */
public class ResultRefused extends RuntimeException {

    public enum Kind { MALFORMED, NOT_IN_START_LIST, STATUS_CONFLICT, NOT_ASSIGNED }

    private final Kind kind;
    private final String field;

    public ResultRefused(Kind kind, String field, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
    }

    public Kind kind() {
        return kind;
    }

    /** Where in the message the problem is ({@code entries[2].value}), or empty. */
    public String field() {
        return field;
    }
}

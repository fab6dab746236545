package org.podium.games;

/**
 * A competition unit's Results System Code: discipline (3) + gender (1) + event (18) + phase (4)
 * + unit (8), padded with '-', e.g. {@code SWMM100MBA------------HEAT000100--}.
 */
public record UnitCode(String value) {

    public static final int LENGTH = 34;

    public UnitCode {
        if (value == null || value.length() != LENGTH || !value.matches("[A-Z0-9+\\-]{34}")) {
            throw new IllegalArgumentException("A unit code has 34 characters A-Z, 0-9, '+' or '-': " + value);
        }
    }

    public String discipline() {
        return value.substring(0, 3);
    }

    /** The event's code: the first 22 characters without their padding. */
    public String event() {
        return eventOf(value.substring(0, 22));
    }

    /** The event code of a 22-character event prefix: {@code SWMM100MBA------------} gives SWMM100MBA. */
    public static String eventOf(String prefix) {
        return strip(prefix);
    }

    public String phase() {
        return value.substring(0, 26);
    }

    static String strip(String padded) {
        var end = padded.length();
        while (end > 0 && padded.charAt(end - 1) == '-') {
            end--;
        }
        return padded.substring(0, end);
    }

    @Override
    public String toString() {
        return value;
    }
}

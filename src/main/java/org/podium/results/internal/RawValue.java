package org.podium.results.internal;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a result's raw value exactly, never through floating point: a time such as
 * {@code 2:06:26.5} becomes 7586.5 seconds as a BigDecimal, at the precision it was given.
 */
public final class RawValue {

    private static final Pattern TIME = Pattern.compile("(?:(\\d+):)?(?:(\\d{1,2}):)?(\\d+(?:\\.\\d+)?)");
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(?:\\.\\d+)?");

    private RawValue() {
    }

    public static Optional<BigDecimal> parse(String value, String resultType) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        var text = value.strip();
        if ("TIME".equals(resultType)) {
            return time(text);
        }
        return NUMBER.matcher(text).matches() ? Optional.of(new BigDecimal(text)) : Optional.empty();
    }

    private static Optional<BigDecimal> time(String text) {
        var m = TIME.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        // With one colon the first group is minutes; with two, hours then minutes.
        var first = m.group(1);
        var second = m.group(2);
        var seconds = new BigDecimal(m.group(3));
        long hours = 0;
        long minutes = 0;
        if (first != null && second != null) {
            hours = Long.parseLong(first);
            minutes = Long.parseLong(second);
        } else if (first != null) {
            minutes = Long.parseLong(first);
        }
        if (first != null && seconds.compareTo(BigDecimal.valueOf(60)) >= 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(hours * 3600 + minutes * 60).add(seconds));
    }
}

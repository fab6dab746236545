package org.podium.soc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A batch is split into lines exactly as the regular expression {@code \r?\n} split it, line numbers included. */
class NdjsonLinesTests {

    @Test
    void splitsAtLineFeedsAndCarriageReturnLineFeeds() {
        for (var batch : new String[] {"", "a", "a\nb", "a\r\nb\n", "\n\n", "a\r\n\r\nb", "a\rb\nc", "{\"x\":\"\\r\"}\r\n{}"}) {
            assertThat(EventIngestion.lines(batch)).as(batch).containsExactly(batch.split("\r?\n", -1));
        }
    }
}

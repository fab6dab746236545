package org.podium.soc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * PostgreSQL's COPY text format (documentation, "File Formats"): backslash, tab, newline and
 * carriage return are written as \\, \t, \n and \r; everything else as it is, in UTF-8.
 */
class CopyEscapingTests {

    private static String copyText(String value) {
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    @Test
    void escapesAsTheCopyTextFormatSays() {
        var samples = new String[] {"", "plain", "a\\b", "tab\there", "line\nbreak\r\n", "\\\\\t\n\r",
                "Téléphone \"Zoë\" – 東京 😀 \\ end", "😀\n😀", "é", "{\"CommandLine\":\"C:\\\\Windows\\\\cmd.exe /c \\\"x\\\"\"}",
                "x".repeat(10_000) + "é\t".repeat(5_000)};
        for (var sample : samples) {
            assertThat(EventCopy.escaped(sample)).as(sample.length() > 60 ? sample.substring(0, 60) : sample)
                    .isEqualTo(copyText(sample));
        }
    }
}

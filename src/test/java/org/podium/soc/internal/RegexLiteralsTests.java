package org.podium.soc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The literal a regular expression's every match contains: exact on plain cases, nothing when unsure. */
class RegexLiteralsTests {

    @ParameterizedTest
    @CsvSource(delimiter = ';', nullValues = "NONE", value = {
            "powershell\\.exe\\s+-enc;powershell.exe",
            "(?i)invoke-mimikatz;invoke-mimikatz",
            "Invoke-(Mimikatz|Kerberoast)\\b;invoke-",
            "abcd?ef;abc",
            "ab+cdef;cdef",
            "x{0,3}longer_run;longer_run",
            "cmd|powershell;NONE",
            "[a-z]+\\.dll$;.dll",
            "^C:\\\\Windows\\\\Temp\\\\[^\\\\]+\\.exe;c:\\windows\\temp\\",
            "a.b.c;NONE",
            "(unbalanced;NONE"})
    void findsTheLongestCertainRun(String regex, String expected) {
        assertThat(RegexLiterals.required(regex)).isEqualTo(expected);
    }

    /** Every text the expression finds contains the literal (the pre-filter never drops a match). */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "powershell\\.exe\\s+-enc", "Invoke-(Mimikatz|Kerberoast)\\b", "abcd?ef", "ab+cdef", "x{0,3}longer_run",
            "[a-z]+\\.dll$", "net\\s+user\\s+/add", "reg(\\.exe)?\\s+save"})
    void aMatchAlwaysContainsTheLiteral(String regex) {
        var pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        var literal = RegexLiterals.required(regex);
        var random = new Random(3);
        var alphabet = "abcdefxlongerun_.-powershellinvokemimikatzkerberoastdl exnetusr/addregsav";
        var matched = 0;
        for (var n = 0; n < 200_000; n++) {
            var text = new StringBuilder();
            for (var k = random.nextInt(24); k > 0; k--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if (random.nextInt(4) == 0) {
                text.insert(random.nextInt(text.length() + 1), example(regex));
            }
            if (pattern.matcher(text).find()) {
                matched++;
                assertThat(text.toString().toLowerCase(Locale.ROOT)).contains(literal);
            }
        }
        assertThat(matched).as("some texts matched").isPositive();
    }

    private static String example(String regex) {
        return switch (regex) {
            case "powershell\\.exe\\s+-enc" -> "PowerShell.exe  -enc";
            case "Invoke-(Mimikatz|Kerberoast)\\b" -> "invoke-kerberoast ";
            case "abcd?ef" -> "abcef";
            case "ab+cdef" -> "abbbcdef";
            case "x{0,3}longer_run" -> "longer_run";
            case "[a-z]+\\.dll$" -> "evil.dll";
            case "net\\s+user\\s+/add" -> "net user /add";
            default -> "reg save";
        };
    }
}

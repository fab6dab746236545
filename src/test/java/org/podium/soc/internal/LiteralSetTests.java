package org.podium.soc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A field's many values as one indexed test decide exactly as the values tested one by one. */
class LiteralSetTests {

    private static final List<Object> VALUES = List.of("\\cmd.exe", "\\powershell.exe", "C:\\Windows\\Temp\\", "mimikatz",
            "rundll32", "*\\AppData\\*\\Temp*", "?sh", "-enc ", "Invoke-*Expression", "certutil.exe");

    @ParameterizedTest
    @ValueSource(strings = {"", "endswith", "startswith", "contains", "cased", "contains|windash", "endswith|cased"})
    void theIndexedTestAgreesWithEachValueTestedInTurn(String modifierList) {
        var matchers = new FieldMatchers(java.util.Map.of());
        var modifiers = modifierList.isEmpty() ? List.<String>of() : List.of(modifierList.split("\\|"));
        var indexed = LiteralSet.of(VALUES, modifiers, matchers, "test");
        assertThat(indexed).isNotNull();
        var oneByOne = VALUES.stream().map(v -> matchers.textTest(v, modifiers, "test")).toList();
        var random = new Random(11);
        var pieces = List.of("C:\\Windows\\Temp\\", "\\cmd.exe", "CMD.EXE", "powershell", "\\PowerShell.exe", " -enc ", " /enc ",
                "mimikatz", "MimiKatz", "x", "bash", "zsh", "\\AppData\\Local\\Temp", "rundll32", "Invoke-Expression",
                "invoke-webexpression", "certutil.exe", "a");
        for (var i = 0; i < 20_000; i++) {
            var text = new StringBuilder();
            for (var n = random.nextInt(4); n >= 0; n--) {
                text.append(pieces.get(random.nextInt(pieces.size())));
            }
            var raw = text.toString();
            var lower = raw.toLowerCase(Locale.ROOT);
            var expected = oneByOne.stream().anyMatch(t -> t.test(raw, lower));
            assertThat(indexed.matches(raw, lower)).as("%s on %s", modifierList, raw).isEqualTo(expected);
        }
    }
}

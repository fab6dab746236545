package org.podium.soc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class LiteralScannerTests {

    private static List<String> found(LiteralScanner scanner, List<String> literals, String text) {
        var out = new ArrayList<String>();
        scanner.scan(text, id -> out.add(literals.get(id)));
        return out;
    }

    @Test
    void findsOverlappingAndNestedLiteralsOnceEach() {
        var literals = List.of("he", "she", "his", "hers", "powershell", "shell");
        var scanner = new LiteralScanner(literals);
        assertThat(found(scanner, literals, "ushers")).containsExactlyInAnyOrder("she", "he", "hers");
        assertThat(found(scanner, literals, "c:\\powershell.exe")).containsExactlyInAnyOrder("powershell", "shell", "she", "he");
        assertThat(found(scanner, literals, "nothing")).isEmpty();
    }

    @Test
    void agreesWithIndexOfOnRandomTexts() {
        var random = new Random(7);
        var distinct = new java.util.LinkedHashSet<String>();
        while (distinct.size() < 300) {
            distinct.add(word(random, 3 + random.nextInt(5)));
        }
        var literals = List.copyOf(distinct);
        var scanner = new LiteralScanner(literals);
        for (var round = 0; round < 200; round++) {
            var text = word(random, 400);
            var expected = literals.stream().filter(text::contains).toList();
            assertThat(found(scanner, literals, text)).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    private static String word(Random random, int length) {
        var out = new StringBuilder();
        for (var i = 0; i < length; i++) {
            out.append((char) ('a' + random.nextInt(4)));
        }
        return out.toString();
    }
}

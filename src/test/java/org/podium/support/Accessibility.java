package org.podium.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.openqa.selenium.WebDriver;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/** axe-core on the page the browser shows: no serious or critical WCAG 2.2 AA violation. */
public final class Accessibility {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private Accessibility() {
    }

    public static void assertNoSeriousViolation(WebDriver browser) {
        var results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                .analyze(browser);
        var blocking = results.getViolations().stream().filter(v -> BLOCKING.contains(v.getImpact())).toList();
        assertThat(blocking).as(() -> browser.getCurrentUrl() + "\n" + describe(blocking)).isEmpty();
        assertThat(results.getPasses()).isNotEmpty();
    }

    private static String describe(List<Rule> rules) {
        var out = new StringBuilder();
        rules.forEach(r -> out.append(r.getId()).append(" (").append(r.getImpact()).append("): ").append(r.getHelp())
                .append(" at ").append(r.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList()).append('\n'));
        return out.toString();
    }
}

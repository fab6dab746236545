package org.podium.soc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The rules the running platform evaluates: Podium's own, plus Sigma rule directories named in
 * the configuration (the SigmaHQ set with its THOR mapping here), with one load report.
 */
class PodiumRulesTests {

    private static final Path SIGMA = SigmaRegressionTests.SIGMA;

    @Test
    void podiumsOwnRulesLoadWithoutConfiguration() throws Exception {
        var rules = new PodiumRules();

        assertThat(rules.rules().rules()).extracting(SigmaRule::id).contains("2b4d6f8a-5c7e-4a9b-8d1f-6a8c0e2b4d77");
        assertThat(rules.correlator().rules()).isNotEmpty();
        assertThat(rules.refused()).isEmpty();
    }

    @Test
    void theSigmaHqSetLoadsBesidePodiumsRulesAndFiresOnItsRegressionEvents() throws Exception {
        // The pack shipped inside the product, switched on as podium.soc.sigmahq.enabled=true does.
        var rules = new PodiumRules(List.of(Path.of("no/such/directory")), null, true);

        assertThat(rules.rules().rules()).hasSizeGreaterThan(3_000);
        assertThat(rules.rules().rules()).extracting(SigmaRule::id).contains("2b4d6f8a-5c7e-4a9b-8d1f-6a8c0e2b4d77");
        assertThat(rules.refused()).anySatisfy(r -> {
            assertThat(r.file()).isEqualTo("no/such/directory");
            assertThat(r.reason()).isEqualTo("not a directory");
        });

        // A regression case of the set: its rule fires on its recorded events through the platform's rule set.
        var info = firstRegressionCase();
        var ruleId = ((Map<?, ?>) ((List<?>) info.get("rule_metadata")).getFirst()).get("id").toString();
        var test = (Map<?, ?>) ((List<?>) info.get("regression_tests_info")).getFirst();
        var fired = new java.util.concurrent.atomic.AtomicInteger();
        for (var event : SigmaRegressionTests.events(SIGMA.resolve(test.get("path").toString().replace(".evtx", ".json")))) {
            rules.rules().evaluate(event, rule -> {
                if (rule.id().equals(ruleId)) {
                    fired.incrementAndGet();
                }
            });
        }
        assertThat(fired.get()).isEqualTo(((Number) test.get("match_count")).intValue());

        // The load report per logsource, and a pack rule keeps its author and id (DRL 1.1).
        assertThat(rules.packPerLogsource()).containsKey("windows/process_creation")
                .hasEntrySatisfying("windows/process_creation", count -> assertThat(count).isGreaterThan(1_000));
        assertThat(rules.packPerLogsource().values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(rules.rules().rules().size() - new PodiumRules().rules().rules().size());
        assertThat(rules.rules().rules()).filteredOn(r -> r.id().equals("ea9bf0fa-edec-4fb8-8b78-b119f2528186")).singleElement()
                .satisfies(r -> {
                    assertThat(r.author()).isEqualTo("Bhabesh Raj");
                    assertThat(r.title()).isEqualTo("Windows Defender AMSI Trigger Detected");
                });
    }

    @Test
    void theSigmaHqPackIsOffByDefault() throws Exception {
        assertThat(new PodiumRules().packPerLogsource()).isEmpty();
        assertThat(new PodiumRules().rules().rules()).hasSizeLessThan(50);
    }

    private static Map<String, Object> firstRegressionCase() throws Exception {
        try (var files = Files.walk(SIGMA.resolve("regression_data/rules/windows"))) {
            for (var info : files.filter(f -> f.getFileName().toString().equals("info.yml")).sorted().toList()) {
                var document = RuleLoader.readYaml(info);
                var tests = (List<?>) document.get("regression_tests_info");
                var id = ((Map<?, ?>) ((List<?>) document.get("rule_metadata")).getFirst()).get("id").toString();
                if (tests != null && !tests.isEmpty() && !SigmaRegressionTests.KNOWN_STALE.containsKey(id) && ((Map<?, ?>) tests.getFirst()).get("match_count") instanceof Number n
                        && n.intValue() > 0) {
                    return document;
                }
            }
        }
        throw new IllegalStateException("no regression case");
    }
}

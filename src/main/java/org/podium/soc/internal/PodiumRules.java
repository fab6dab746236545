package org.podium.soc.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Podium's own Sigma rules (classpath {@code soc/rules}), loaded at start with their load report:
 * a rule that does not load is logged with its file, path and reason, and the others run.
 */
@Component
class PodiumRules {

    private static final Logger log = LoggerFactory.getLogger(PodiumRules.class);

    private final RuleSet rules;
    private final Correlator correlator;
    private final List<RuleLoader.Refusal> refused;

    PodiumRules() throws IOException {
        var loader = new RuleLoader(Map.of(), Map.of());
        var loaded = new ArrayList<SigmaRule>();
        var correlations = new ArrayList<CorrelationRule>();
        var refusals = new ArrayList<RuleLoader.Refusal>();
        var resources = new PathMatchingResourcePatternResolver().getResources("classpath:soc/rules/*.yml");
        Arrays.sort(resources, Comparator.comparing(r -> String.valueOf(r.getFilename())));
        for (var resource : resources) {
            try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                loader.load(reader, String.valueOf(resource.getFilename()), loaded, correlations, refusals);
            }
        }
        refusals.forEach(r -> log.warn("Sigma rule {} refused at {}: {}", r.file(), r.path(), r.reason()));
        log.info("Podium's Sigma rules: {} detection rules and {} correlations loaded, {} refused", loaded.size(),
                correlations.size(), refusals.size());
        this.rules = new RuleSet(loaded);
        this.correlator = new Correlator(correlations);
        this.refused = List.copyOf(refusals);
    }

    RuleSet rules() {
        return rules;
    }

    Correlator correlator() {
        return correlator;
    }

    List<RuleLoader.Refusal> refused() {
        return refused;
    }
}

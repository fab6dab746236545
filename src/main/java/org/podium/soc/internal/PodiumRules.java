package org.podium.soc.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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

    /**
     * @param directories more Sigma rule sets to run beside Podium's own (e.g. the SigmaHQ rules:
     *                    {@code podium.soc.rule-directories}), evaluated on ingested events too
     * @param mapping     the logsource mapping for those sets (THOR style YAML,
     *                    {@code podium.soc.logsource-mapping}); Podium's own rules need none
     */
    @org.springframework.beans.factory.annotation.Autowired
    PodiumRules(@org.springframework.beans.factory.annotation.Value("${podium.soc.rule-directories:}") List<String> directories,
                @org.springframework.beans.factory.annotation.Value("${podium.soc.logsource-mapping:}") String mapping) throws IOException {
        this(directories.stream().filter(d -> !d.isBlank()).map(Path::of).toList(), mapping.isBlank() ? null : Path.of(mapping));
    }

    PodiumRules() throws IOException {
        this(List.<Path>of(), (Path) null);
    }

    PodiumRules(List<Path> directories, @org.jspecify.annotations.Nullable Path mapping) throws IOException {
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
        var aliases = new java.util.HashMap<String, java.util.Set<String>>();
        var existing = directories.stream().filter(java.nio.file.Files::isDirectory).toList();
        directories.stream().filter(d -> !java.nio.file.Files.isDirectory(d))
                .forEach(d -> refusals.add(new RuleLoader.Refusal(d.toString(), "", "not a directory")));
        if (!existing.isEmpty()) {
            var external = new RuleLoader(mapping == null ? Map.of() : RuleLoader.readYaml(mapping), Map.of()).load(existing);
            loaded.addAll(external.loaded());
            correlations.addAll(external.correlations());
            refusals.addAll(external.refused());
            aliases.putAll(external.fieldAliases());
            log.info("Sigma rule directories {}: {} rules and {} correlations loaded, {} refused", existing,
                    external.loaded().size(), external.correlations().size(), external.refused().size());
        }
        refusals.forEach(r -> log.debug("Sigma rule {} refused at {}: {}", r.file(), r.path(), r.reason()));
        log.info("Sigma rules: {} detection rules and {} correlations loaded, {} refused (listed at /staff/soc/rules)",
                loaded.size(), correlations.size(), refusals.size());
        this.rules = new RuleSet(loaded, aliases);
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

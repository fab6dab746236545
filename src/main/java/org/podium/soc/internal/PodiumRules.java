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
                @org.springframework.beans.factory.annotation.Value("${podium.soc.logsource-mapping:}") String mapping,
                @org.springframework.beans.factory.annotation.Value("${podium.soc.sigmahq.enabled:false}") boolean sigmahq) throws IOException {
        this(directories.stream().filter(d -> !d.isBlank()).map(Path::of).toList(), mapping.isBlank() ? null : Path.of(mapping), sigmahq);
    }

    PodiumRules() throws IOException {
        this(List.<Path>of(), (Path) null, false);
    }

    /** The SigmaHQ rule pack inside the product (DRL 1.1: see its README), off unless switched on. */
    static final String SIGMAHQ = "soc/sigmahq";

    PodiumRules(List<Path> directories, @org.jspecify.annotations.Nullable Path mapping, boolean sigmahq) throws IOException {
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
        if (sigmahq) {
            var pack = new RuleLoader(RuleLoader.readYaml(new org.springframework.core.io.ClassPathResource(SIGMAHQ + "/thor.yml")), Map.of())
                    .loadResources(SIGMAHQ + "/rules");
            loaded.addAll(pack.loaded());
            correlations.addAll(pack.correlations());
            refusals.addAll(pack.refused());
            pack.fieldAliases().forEach((k, v) -> aliases.merge(k, v, (a, b) -> {
                var both = new java.util.HashSet<>(a);
                both.addAll(b);
                return both;
            }));
            perLogsource = perLogsource(pack.loaded());
            log.info("SigmaHQ rule pack: {} rules and {} correlations loaded, {} refused; per logsource: {}", pack.loaded().size(),
                    pack.correlations().size(), pack.refused().size(), perLogsource);
        }
        refusals.forEach(r -> log.debug("Sigma rule {} refused at {}: {}", r.file(), r.path(), r.reason()));
        log.info("Sigma rules: {} detection rules and {} correlations loaded, {} refused (listed at /staff/soc/rules)",
                loaded.size(), correlations.size(), refusals.size());
        this.rules = new RuleSet(loaded, aliases);
        this.correlator = new Correlator(correlations);
        this.refused = List.copyOf(refusals);
    }

    private java.util.SortedMap<String, Long> perLogsource = new java.util.TreeMap<>();

    /** How many rules of the SigmaHQ pack loaded per logsource (product/category/service); empty when the pack is off. */
    java.util.SortedMap<String, Long> packPerLogsource() {
        return perLogsource;
    }

    private static java.util.SortedMap<String, Long> perLogsource(List<SigmaRule> rules) {
        return rules.stream().collect(java.util.stream.Collectors.groupingBy(r -> java.util.stream.Stream.of(r.logsource().product(),
                        r.logsource().category(), r.logsource().service()).filter(java.util.Objects::nonNull)
                        .collect(java.util.stream.Collectors.joining("/")), java.util.TreeMap::new,
                java.util.stream.Collectors.counting()));
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

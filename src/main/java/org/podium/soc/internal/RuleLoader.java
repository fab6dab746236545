package org.podium.soc.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Loads Sigma rule files into compiled rules. A rule the engine cannot honour is refused with its
 * file, the path in it and the reason; every other rule still loads. The report says how many.
 */
public final class RuleLoader {

    private final RuleCompiler compiler;
    private final LogsourceMapping mapping;

    public RuleLoader(Map<String, Object> logsourceMapping, Map<String, List<String>> placeholders) {
        this.compiler = new RuleCompiler(placeholders);
        this.mapping = new LogsourceMapping(logsourceMapping);
    }

    /** Loaded rules and refused ones. */
    public record Report(List<SigmaRule> loaded, List<CorrelationRule> correlations, List<Refusal> refused,
                         Map<String, java.util.Set<String>> fieldAliases) {

        /** The loaded rules, indexed for evaluation. */
        public RuleSet ruleSet() {
            return new RuleSet(loaded, fieldAliases);
        }
    }

    /** A rule file, or one document of it, that did not load. */
    public record Refusal(String file, String path, String reason) {
    }

    public Report load(List<Path> roots) throws IOException {
        var loaded = new ArrayList<SigmaRule>();
        var correlations = new ArrayList<CorrelationRule>();
        var refused = new ArrayList<Refusal>();
        for (var root : roots) {
            try (var files = Files.walk(root)) {
                for (var file : files.filter(f -> f.toString().endsWith(".yml") || f.toString().endsWith(".yaml")).sorted().toList()) {
                    try (var reader = Files.newBufferedReader(file)) {
                        load(reader, root.relativize(file).toString(), loaded, correlations, refused);
                    }
                }
            }
        }
        return new Report(loaded, correlations, refused, mapping.fieldAliases());
    }

    /**
     * Rules from the classpath (a rule pack inside the product), named by their path under
     * {@code root}, in the order of their names.
     */
    public Report loadResources(String root) throws IOException {
        var loaded = new ArrayList<SigmaRule>();
        var correlations = new ArrayList<CorrelationRule>();
        var refused = new ArrayList<Refusal>();
        var resources = new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
                .getResources("classpath*:" + root + "/**/*.yml");
        var named = new java.util.TreeMap<String, org.springframework.core.io.Resource>();
        for (var resource : resources) {
            var url = resource.getURL().toString();
            named.put(url.substring(url.indexOf(root) + root.length() + 1), resource);
        }
        for (var entry : named.entrySet()) {
            try (var reader = new java.io.InputStreamReader(entry.getValue().getInputStream(), java.nio.charset.StandardCharsets.UTF_8)) {
                load(reader, entry.getKey(), loaded, correlations, refused);
            }
        }
        return new Report(loaded, correlations, refused, mapping.fieldAliases());
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> readYaml(org.springframework.core.io.Resource resource) throws IOException {
        try (var reader = new java.io.InputStreamReader(resource.getInputStream(), java.nio.charset.StandardCharsets.UTF_8)) {
            return (Map<String, Object>) yaml().load(reader);
        }
    }

    @SuppressWarnings("unchecked")
    void load(Reader reader, String file, List<SigmaRule> loaded, List<Refusal> refused) {
        load(reader, file, loaded, new ArrayList<>(), refused);
    }

    @SuppressWarnings("unchecked")
    void load(Reader reader, String file, List<SigmaRule> loaded, List<CorrelationRule> correlations, List<Refusal> refused) {
        try {
            for (var document : yaml().loadAll(reader)) {
                if (!(document instanceof Map<?, ?> map)) {
                    refused.add(new Refusal(file, "", "not a YAML map"));
                    continue;
                }
                try {
                    if (map.containsKey("correlation")) {
                        correlations.add(CorrelationParser.parse((Map<String, Object>) map));
                        continue;
                    }
                    var rule = compiler.compile((Map<String, Object>) map, file);
                    loaded.add(new SigmaRule(rule.id(), rule.name(), rule.title(), rule.level(), rule.author(), rule.tags(), rule.logsource(),
                            file, mapping.restrict(rule.logsource(), rule.detection()), mapping.gates(rule.logsource()),
                            rule.need(), rule.fields()));
                } catch (RuleRejected e) {
                    refused.add(new Refusal(file, e.path(), e.getMessage()));
                }
            }
        } catch (RuntimeException e) {
            refused.add(new Refusal(file, "", "unreadable YAML: " + e.getMessage()));
        }
    }

    static Yaml yaml() {
        var options = new LoaderOptions();
        options.setMaxAliasesForCollections(50);
        return new Yaml(new SafeConstructor(options));
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> readYaml(Path file) throws IOException {
        try (var reader = Files.newBufferedReader(file)) {
            return (Map<String, Object>) yaml().load(reader);
        }
    }
}

package org.podium.soc.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * Which events a rule's logsource stands for, from a mapping in the THOR format (Sigma's
 * tests/thor.yml): an entry names a category, product or service with the conditions an event
 * must meet (e.g. process_creation = Sysmon EventID 1, or Security EventID 4688 with its own
 * field names), possibly rewritten to a service whose sources give the event channel
 * ({@code WinEventLog:Microsoft-Windows-Sysmon/Operational}). A rule applies to an event when
 * one matching entry accepts it; a logsource no entry knows is not filtered.
 */
final class LogsourceMapping {

    /** One entry of the mapping. */
    private record Entry(@Nullable String category, @Nullable String product, @Nullable String service,
                         Map<String, Object> conditions, @Nullable String rewriteProduct, @Nullable String rewriteService,
                         List<String> channels, Map<String, String> fieldMappings) {

        boolean covers(SigmaRule.Logsource logsource) {
            var any = category != null || service != null || product != null;
            return any && same(category, logsource.category()) && same(product, logsource.product())
                    && same(service, logsource.service());
        }

        private static boolean same(@Nullable String mine, @Nullable String theirs) {
            return mine == null || mine.equalsIgnoreCase(Objects.requireNonNullElse(theirs, ""));
        }
    }

    /** A rule's detection behind the logsource's filter, per matching entry, with its field mappings. */
    private final List<Entry> entries = new ArrayList<>();
    private final FieldMatchers matchers = new FieldMatchers(Map.of());

    @SuppressWarnings("unchecked")
    LogsourceMapping(Map<String, Object> thor) {
        var logsources = (Map<String, Object>) thor.getOrDefault("logsources", Map.of());
        for (var value : logsources.values()) {
            var entry = (Map<String, Object>) value;
            var rewrite = (Map<String, Object>) entry.getOrDefault("rewrite", Map.of());
            var channels = ((List<Object>) entry.getOrDefault("sources", List.of())).stream().map(Object::toString)
                    .filter(s -> s.startsWith("WinEventLog:")).map(s -> s.substring("WinEventLog:".length())).toList();
            var mappings = new java.util.HashMap<String, String>();
            ((Map<String, Object>) entry.getOrDefault("fieldmappings", Map.of())).forEach((k, v) -> mappings.put(k, v.toString()));
            entries.add(new Entry(str(entry.get("category")), str(entry.get("product")), str(entry.get("service")),
                    (Map<String, Object>) entry.getOrDefault("conditions", Map.of()), str(rewrite.get("product")),
                    str(rewrite.get("service")), channels, mappings));
        }
    }

    /**
     * Where a rule can fire, for the engine's dispatch index: the channels (empty: any) and event
     * ids (empty: any) of one mapping entry. A rule with no gate may fire on any event.
     */
    record Gate(java.util.Set<String> channels, java.util.Set<String> eventIds) {
    }

    List<Gate> gates(SigmaRule.Logsource logsource) {
        var gates = new ArrayList<Gate>();
        for (var entry : entries) {
            if (!entry.covers(logsource) || (entry.category() == null && entry.service() == null)) {
                continue;
            }
            var channels = new java.util.HashSet<String>();
            entry.channels().forEach(c -> channels.add(c.toLowerCase(Locale.ROOT)));
            if (entry.rewriteService() != null) {
                var rewritten = new SigmaRule.Logsource(null, entry.rewriteProduct(), entry.rewriteService());
                entries.stream().filter(e -> e.category() == null && e.covers(rewritten))
                        .forEach(e -> e.channels().forEach(c -> channels.add(c.toLowerCase(Locale.ROOT))));
            }
            var ids = new java.util.HashSet<String>();
            var eventId = entry.conditions().get("EventID");
            if (eventId instanceof List<?> list) {
                list.forEach(v -> ids.add(v.toString()));
            } else if (eventId != null) {
                ids.add(eventId.toString());
            }
            gates.add(new Gate(channels, ids));
        }
        return gates;
    }

    /** Every field a rule may name and the event fields that stand for it under some logsource (Image: NewProcessName). */
    Map<String, java.util.Set<String>> fieldAliases() {
        var aliases = new java.util.HashMap<String, java.util.Set<String>>();
        entries.forEach(e -> e.fieldMappings().forEach((ruleField, eventField) ->
                aliases.computeIfAbsent(ruleField, k -> new java.util.HashSet<>()).add(eventField)));
        return aliases;
    }

    /** The rule's detection restricted to the events its logsource stands for. */
    Predicate<SigmaEvent> restrict(SigmaRule.Logsource logsource, Predicate<SigmaEvent> detection) {
        var covering = entries.stream().filter(e -> e.covers(logsource) && (e.category() != null || e.service() != null)).toList();
        if (covering.isEmpty()) {
            return detection;
        }
        var alternatives = new ArrayList<Predicate<SigmaEvent>>();
        for (var entry : covering) {
            var filter = filter(entry);
            var mappings = entry.fieldMappings();
            alternatives.add(event -> filter.test(event) && detection.test(event.withAliases(mappings)));
        }
        return event -> {
            for (var alternative : alternatives) {
                if (alternative.test(event)) {
                    return true;
                }
            }
            return false;
        };
    }

    private Predicate<SigmaEvent> filter(Entry entry) {
        var tests = new ArrayList<Predicate<SigmaEvent>>();
        entry.conditions().forEach((field, value) -> tests.add(matchers.compile(field, value, "logsource." + field)));
        var channels = new ArrayList<>(entry.channels());
        if (entry.rewriteService() != null) {
            var rewritten = new SigmaRule.Logsource(null, entry.rewriteProduct(), entry.rewriteService());
            entries.stream().filter(e -> e.category() == null && e.covers(rewritten)).forEach(e -> channels.addAll(e.channels()));
        }
        if (!channels.isEmpty()) {
            var lower = channels.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
            tests.add(event -> {
                var channel = event.get("Event.System.Channel");
                return channel == null || lower.contains(channel.toString().toLowerCase(Locale.ROOT));
            });
        }
        return event -> tests.stream().allMatch(t -> t.test(event));
    }

    private static @Nullable String str(@Nullable Object value) {
        return value == null ? null : value.toString();
    }
}

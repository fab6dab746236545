package org.podium.soc.internal;

import java.util.List;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * A loaded detection rule: what it is (for alerts: id, title, level, author for the licence's
 * attribution, ATT&CK tags), where it looks (its logsource) and its compiled detection.
 */
public record SigmaRule(String id, @Nullable String name, String title, String level, String author, List<String> tags, Logsource logsource,
                        String file, Predicate<SigmaEvent> detection, List<LogsourceMapping.Gate> gates,
                        @Nullable Need need, List<String> fields) {

    /** The group of an alert of this rule, for suppression: the values of the rule's {@code fields}. */
    public String groupOf(SigmaEvent event) {
        var group = new java.util.TreeMap<String, String>();
        for (var field : fields) {
            group.put(field, String.valueOf(event.get(field)));
        }
        return group.isEmpty() ? "" : group.toString();
    }

    /** Which events a rule is about. */
    public record Logsource(@Nullable String category, @Nullable String product, @Nullable String service) {
    }

    /** ATT&CK techniques named by the tags, e.g. T1059.001. */
    public List<String> techniques() {
        return techniquesOf(tags);
    }

    static List<String> techniquesOf(List<String> tags) {
        return tags.stream().filter(t -> t.matches("attack\\.t\\d{4}(\\.\\d{3})?")).map(t -> t.substring(7).toUpperCase()).toList();
    }

    /** ATT&CK tactics named by the tags, e.g. execution. */
    public List<String> tactics() {
        return tacticsOf(tags);
    }

    static List<String> tacticsOf(List<String> tags) {
        return tags.stream().filter(t -> t.startsWith("attack.") && !t.matches("attack\\.[tgs]\\d{4}.*")).map(t -> t.substring(7)).toList();
    }
}

package io.tributary.isolation;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The short names a config may use instead of a plugin's fully qualified class name, with Apache
 * Kafka Connect's rules: the simple class name ({@code JsonConverter}), and the simple name without
 * its type's suffix ({@code Json}; "Connector" for connectors, else the plugin interface's simple
 * name, e.g. "Converter", "HeaderConverter", "Transformation", "Predicate"). The simple name of a
 * nested class is its own name ({@code InsertField$Value} is {@code Value}). Aliases live in one
 * namespace across all plugin types, and an alias that two different classes share means neither.
 *
 * <p>Threading: immutable once built, thread-safe.
 */
final class PluginAliases {

    private final Map<String, String> classByAlias;

    private PluginAliases(Map<String, String> classByAlias) {
        this.classByAlias = classByAlias;
    }

    static PluginAliases of(Collection<PluginDesc> plugins) {
        Map<String, Set<String>> candidates = new HashMap<>();
        for (PluginDesc plugin : plugins) {
            candidates.computeIfAbsent(simpleName(plugin.className()), alias -> new TreeSet<>()).add(plugin.className());
            candidates.computeIfAbsent(prunedName(plugin), alias -> new TreeSet<>()).add(plugin.className());
        }
        Map<String, String> unique = new HashMap<>();
        candidates.forEach((alias, classes) -> {
            if (classes.size() == 1) {
                unique.put(alias, classes.iterator().next());
            }
        });
        return new PluginAliases(Map.copyOf(unique));
    }

    /** The class an alias stands for, or {@code name} itself when it is no (unambiguous) alias. */
    String resolve(String name) {
        return classByAlias.getOrDefault(name, name);
    }

    static String simpleName(String className) {
        int start = Math.max(className.lastIndexOf('.'), className.lastIndexOf('$')) + 1;
        return className.substring(start);
    }

    static String prunedName(PluginDesc plugin) {
        String simple = simpleName(plugin.className());
        int suffix = simple.lastIndexOf(PluginInterfaces.aliasSuffix(plugin.type()));
        return suffix > 0 ? simple.substring(0, suffix) : simple;
    }
}

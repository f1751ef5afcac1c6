package io.tributary.isolation;

import java.util.Optional;
import java.util.Set;

/**
 * Looks up, by fully qualified name, a plugin class that no manifest listed: a class on the
 * application class path, or one a plugin bundles without declaring it. Apache Connect loads any
 * such class by name, and configs written for it rely on that. This is a single named lookup, never
 * a scan.
 *
 * <p>Threading: stateless, thread-safe.
 */
final class UnlistedPlugins {

    private UnlistedPlugins() {
    }

    /**
     * The description of {@code className} as seen from {@code loader}, if it is a usable plugin of
     * one of {@code types}; with {@code ownOnly}, only if {@code loader} itself defines the class.
     */
    static Optional<PluginDesc> find(String className, Set<PluginType> types, ClassLoader loader, boolean ownOnly) {
        Class<?> candidate;
        try {
            candidate = Class.forName(className, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
        if ((ownOnly && candidate.getClassLoader() != loader) || !PluginDescriber.isInstantiable(candidate)) {
            return Optional.empty();
        }
        for (PluginType type : types) {
            if (PluginInterfaces.of(type).isAssignableFrom(candidate)) {
                return Optional.of(describe(candidate, type));
            }
        }
        return Optional.empty();
    }

    private static PluginDesc describe(Class<?> candidate, PluginType type) {
        ClassLoader loader = candidate.getClassLoader();
        String location = loader instanceof PluginClassLoader
                ? ((PluginClassLoader) loader).location().toString() : PluginDescriber.CLASSPATH;
        try {
            return PluginDescriber.describe(candidate, type, location);
        } catch (Throwable e) {
            // Found but broken: newInstance will report the failure to whoever asked for it.
            return new PluginDesc(candidate.getName(), type, PluginDescriber.UNDEFINED_VERSION, loader, location);
        }
    }
}

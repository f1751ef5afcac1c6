package io.tributary.isolation;

/**
 * One plugin class found on the classpath or on {@code plugin.path}.
 *
 * @param className the fully qualified class name
 * @param type      what kind of plugin it is
 * @param version   its {@code version()} (connectors and {@code Versioned} plugins), else "undefined"
 * @param loader    the class loader to load and run it with (an isolated one for plugin.path)
 * @param location  where it came from: "classpath" or the plugin directory / jar path
 */
public record PluginDesc(String className, PluginType type, String version, ClassLoader loader, String location) {
}

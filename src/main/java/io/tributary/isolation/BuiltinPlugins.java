package io.tributary.isolation;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds the plugins that ship inside the application (connect-api, connect-json,
 * connect-transforms, kafka-clients and Tributary's own {@code plugins/*}) through their
 * ServiceLoader manifests (KIP-898) on the application class loader. Nothing is scanned, so start-up
 * stays fast and a native image sees the same set.
 *
 * <p>The Kafka 4.3.1 jars carry manifests for every plugin class they hold (StringConverter,
 * SimpleHeaderConverter, JsonConverter, the SMTs and predicates, the three config providers), so no
 * built-in needs listing by hand. Apache's connect-runtime classes (ByteArrayConverter and friends)
 * are not on our class path at all; {@link ApacheEquivalents} maps them to ours.
 *
 * <p>Threading: stateless; runs once, on the thread that calls {@link Plugins#load}.
 */
final class BuiltinPlugins {

    // A manifest naming many missing classes must not keep the loop going for ever.
    private static final int MAX_ERRORS_PER_SERVICE = 100;

    private BuiltinPlugins() {
    }

    /** Every built-in plugin, one description per (class, type); broken entries are logged and skipped. */
    static List<PluginDesc> discover(ClassLoader applicationLoader) {
        List<PluginDesc> found = new ArrayList<>();
        for (PluginType type : PluginType.values()) {
            discover(PluginInterfaces.of(type), type, applicationLoader, found);
        }
        return found;
    }

    private static <S> void discover(Class<S> service, PluginType type, ClassLoader loader, List<PluginDesc> found) {
        // stream() hands out provider types without instantiating them; only Versioned ones are created.
        Iterator<ServiceLoader.Provider<S>> providers = ServiceLoader.load(service, loader).stream().iterator();
        int errors = 0;
        while (errors < MAX_ERRORS_PER_SERVICE) {
            Class<?> provider;
            try {
                if (!providers.hasNext()) {
                    return;
                }
                provider = providers.next().type();
            } catch (ServiceConfigurationError e) {
                // ServiceLoader moves past the bad manifest line, so the next call carries on.
                errors++;
                PluginDescriber.skipped(service.getName() + " provider on the classpath", e);
                continue;
            }
            describe(provider, type, found);
        }
    }

    private static void describe(Class<?> provider, PluginType type, List<PluginDesc> found) {
        try {
            found.add(PluginDescriber.describe(provider, type, PluginDescriber.CLASSPATH));
        } catch (Throwable e) {
            PluginDescriber.skipped(provider.getName() + " on the classpath", e);
        }
    }
}

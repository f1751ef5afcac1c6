package io.tributary.config;

import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.eclipse.microprofile.config.Config;

/**
 * Assembles the worker's Apache-named properties from every place an operator may set them:
 * {@code tributary.worker."k"} keys (application.properties, system properties, the worker
 * properties file through {@link WorkerPropertiesConfigSourceFactory}) and environment variables
 * {@code TRIBUTARY_WORKER_K} (with {@code _} for {@code .}, {@code __} for {@code _} and {@code ___}
 * for {@code -}, as Confluent's images do), the environment winning.
 */
public final class WorkerProperties {

    /** Prefix of worker keys in Quarkus configuration. */
    public static final String PREFIX = "tributary.worker.";
    static final String ENV_PREFIX = "TRIBUTARY_WORKER_";

    private WorkerProperties() {
    }

    public static Map<String, String> collect(Config config, Map<String, String> environment) {
        Map<String, String> props = new TreeMap<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(PREFIX) && name.length() > PREFIX.length()) {
                config.getOptionalValue(name, String.class)
                        .ifPresent(value -> props.put(unquote(name.substring(PREFIX.length())), value));
            }
        }
        return overlay(props, environment);
    }

    /**
     * What {@link #collect} will assemble, as far as it can be known before Quarkus reads its
     * configuration: the worker properties file, then {@code tributary.worker.*} system properties,
     * then the environment. Keys set only in application.properties are missing.
     */
    public static Map<String, String> beforeBoot(Map<String, String> workerFile, Properties system,
                                                 Map<String, String> environment) {
        Map<String, String> props = new TreeMap<>();
        // As WorkerPropertiesConfigSourceFactory maps the file: tributary.* and quarkus.* keys are not worker keys.
        workerFile.forEach((key, value) -> {
            if (!key.startsWith("tributary.") && !key.startsWith("quarkus.")) {
                props.put(key, value);
            }
        });
        system.stringPropertyNames().stream()
                .filter(name -> name.startsWith(PREFIX) && name.length() > PREFIX.length())
                .forEach(name -> props.put(unquote(name.substring(PREFIX.length())), system.getProperty(name)));
        return overlay(props, environment);
    }

    private static Map<String, String> overlay(Map<String, String> props, Map<String, String> environment) {
        environment.forEach((name, value) -> {
            if (name.startsWith(ENV_PREFIX) && name.length() > ENV_PREFIX.length()) {
                props.put(fromEnvironmentName(name.substring(ENV_PREFIX.length())), value);
            }
        });
        return props;
    }

    /** visible for testing */
    static String fromEnvironmentName(String name) {
        return name.toLowerCase(Locale.ROOT)
                .replace("___", "\u0001")
                .replace("__", "\u0002")
                .replace('_', '.')
                .replace('\u0001', '-')
                .replace('\u0002', '_');
    }

    private static String unquote(String key) {
        return key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"") ? key.substring(1, key.length() - 1) : key;
    }
}

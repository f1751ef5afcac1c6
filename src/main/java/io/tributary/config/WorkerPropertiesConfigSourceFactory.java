package io.tributary.config;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.common.MapBackedConfigSource;

/**
 * Bridges the worker properties file given on the command line into Quarkus configuration, so
 * that one file configures both Apache's worker keys and Tributary's own:
 * <ul>
 * <li>{@code tributary.*} keys are taken as they are (e.g. {@code tributary.embedded-broker.port});</li>
 * <li>{@code listeners} / {@code rest.port} become {@code quarkus.http.host} / {@code quarkus.http.port};</li>
 * <li>every other key {@code k} becomes {@code tributary.worker."k"}.</li>
 * </ul>
 * Its ordinal puts the file above application.properties and below environment variables and
 * system properties, so operators can still override a file value per deployment.
 */
public final class WorkerPropertiesConfigSourceFactory implements ConfigSourceFactory {

    /** The path of the worker properties file, set by the command line. */
    public static final String FILE_PROPERTY = "tributary.worker-properties-file";
    static final int ORDINAL = 275;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue file = context.getValue(FILE_PROPERTY);
        if (file == null || file.getValue() == null || file.getValue().isBlank()) {
            return List.of();
        }
        Map<String, String> mapped = toQuarkusProperties(WorkerPropertiesFile.read(Path.of(file.getValue())));
        return List.of(new MapBackedConfigSource("worker properties " + file.getValue(), mapped, ORDINAL) {
        });
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }

    /** visible for testing */
    static Map<String, String> toQuarkusProperties(Map<String, String> workerProps) {
        Map<String, String> mapped = new HashMap<>();
        workerProps.forEach((key, value) -> {
            if (key.startsWith("tributary.") || key.startsWith("quarkus.")) {
                mapped.put(key, value);
            } else {
                mapped.put(WorkerProperties.PREFIX + "\"" + key + "\"", value);
            }
        });
        if (workerProps.containsKey(WorkerConfig.LISTENERS) || workerProps.containsKey(WorkerConfig.REST_PORT)) {
            String port = workerProps.get(WorkerConfig.REST_PORT);
            RestListener listener = RestListener.of(
                    workerProps.containsKey(WorkerConfig.LISTENERS)
                            ? List.of(workerProps.get(WorkerConfig.LISTENERS).split(","))
                            : null,
                    port == null ? null : Integer.valueOf(port));
            mapped.put("quarkus.http.host", listener.host());
            mapped.put("quarkus.http.port", String.valueOf(listener.port()));
        }
        return mapped;
    }
}

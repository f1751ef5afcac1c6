package io.tributary.worker;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.connect.storage.Converter;
import org.apache.kafka.connect.storage.HeaderConverter;

import io.tributary.config.ConnectorConfig;
import io.tributary.config.WorkerConfig;
import io.tributary.isolation.PluginType;
import io.tributary.isolation.Plugins;

/**
 * A task's key, value and header converters: the connector's own choice when its configuration
 * names one ({@code key.converter} with {@code key.converter.*} settings), else the worker's, as in
 * Apache. Converter classes are looked up in the connector's plugin first.
 */
public record Converters(Converter key, Converter value, HeaderConverter header) {

    /** Instantiates and configures the three converters for one task. */
    public static Converters create(Plugins plugins, ClassLoader connectorLoader, WorkerConfig worker,
                                    Map<String, String> connectorProps) {
        Converter key = converter(plugins, connectorLoader, worker, connectorProps, ConnectorConfig.KEY_CONVERTER, true);
        Converter value = converter(plugins, connectorLoader, worker, connectorProps, ConnectorConfig.VALUE_CONVERTER,
                false);
        Map<String, Object> headerConfig = settings(worker, connectorProps, ConnectorConfig.HEADER_CONVERTER);
        headerConfig.put("converter.type", "header");
        HeaderConverter header = plugins.newInstance(className(worker, connectorProps,
                ConnectorConfig.HEADER_CONVERTER), connectorLoader, HeaderConverter.class, PluginType.HEADER_CONVERTER);
        try (var ignored = Plugins.swapLoader(header.getClass().getClassLoader())) {
            header.configure(headerConfig);
        }
        return new Converters(key, value, header);
    }

    private static Converter converter(Plugins plugins, ClassLoader connectorLoader, WorkerConfig worker,
                                       Map<String, String> connectorProps, String key, boolean isKey) {
        Converter converter = plugins.newInstance(className(worker, connectorProps, key), connectorLoader,
                Converter.class, PluginType.CONVERTER);
        Map<String, Object> config = settings(worker, connectorProps, key);
        config.put("converter.type", isKey ? "key" : "value");
        try (var ignored = Plugins.swapLoader(converter.getClass().getClassLoader())) {
            converter.configure(config, isKey);
        }
        return converter;
    }

    /** The class named by the connector when it names one, else by the worker. */
    static String className(WorkerConfig worker, Map<String, String> connectorProps, String key) {
        String own = connectorProps.get(key);
        return own != null && !own.isBlank() ? own.trim() : worker.getString(key);
    }

    /** The {@code key.*} settings from wherever the class was chosen, as Apache does. */
    private static Map<String, Object> settings(WorkerConfig worker, Map<String, String> connectorProps, String key) {
        String prefix = key + ".";
        Map<String, Object> config = new HashMap<>();
        String own = connectorProps.get(key);
        if (own != null && !own.isBlank()) {
            connectorProps.forEach((name, value) -> {
                if (name.startsWith(prefix)) {
                    config.put(name.substring(prefix.length()), value);
                }
            });
        } else {
            config.putAll(worker.originalsWithPrefix(prefix));
        }
        return config;
    }

    /** Closes the converters that hold resources. */
    public void close() {
        closeQuietly(key);
        closeQuietly(value);
        closeQuietly(header);
    }

    private static void closeQuietly(Object converter) {
        if (converter instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                // Closing is best effort: the task is going away either way.
            }
        }
    }
}

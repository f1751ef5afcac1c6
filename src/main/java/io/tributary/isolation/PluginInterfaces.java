package io.tributary.isolation;

import java.util.EnumMap;
import java.util.Map;
import org.apache.kafka.common.config.provider.ConfigProvider;
import org.apache.kafka.connect.connector.policy.ConnectorClientConfigOverridePolicy;
import org.apache.kafka.connect.rest.ConnectRestExtension;
import org.apache.kafka.connect.sink.SinkConnector;
import org.apache.kafka.connect.source.SourceConnector;
import org.apache.kafka.connect.storage.Converter;
import org.apache.kafka.connect.storage.HeaderConverter;
import org.apache.kafka.connect.transforms.Transformation;
import org.apache.kafka.connect.transforms.predicates.Predicate;

/**
 * The Connect interface behind each {@link PluginType}: the ServiceLoader service name (KIP-898),
 * the type a scanned class must implement, and the suffix Apache prunes to form an alias.
 *
 * <p>Threading: immutable, thread-safe.
 */
final class PluginInterfaces {

    private static final Map<PluginType, Class<?>> INTERFACES = new EnumMap<>(PluginType.class);

    static {
        INTERFACES.put(PluginType.SOURCE, SourceConnector.class);
        INTERFACES.put(PluginType.SINK, SinkConnector.class);
        INTERFACES.put(PluginType.CONVERTER, Converter.class);
        INTERFACES.put(PluginType.HEADER_CONVERTER, HeaderConverter.class);
        INTERFACES.put(PluginType.TRANSFORMATION, Transformation.class);
        INTERFACES.put(PluginType.PREDICATE, Predicate.class);
        INTERFACES.put(PluginType.CONFIG_PROVIDER, ConfigProvider.class);
        INTERFACES.put(PluginType.REST_EXTENSION, ConnectRestExtension.class);
        INTERFACES.put(PluginType.CONNECTOR_CLIENT_CONFIG_OVERRIDE_POLICY, ConnectorClientConfigOverridePolicy.class);
    }

    private PluginInterfaces() {
    }

    /** The interface (or abstract class) a plugin of this type implements. */
    static Class<?> of(PluginType type) {
        return INTERFACES.get(type);
    }

    /** The type whose ServiceLoader manifest has this file name, or null if it names no plugin type. */
    static PluginType forServiceName(String serviceName) {
        for (Map.Entry<PluginType, Class<?>> entry : INTERFACES.entrySet()) {
            if (entry.getValue().getName().equals(serviceName)) {
                return entry.getKey();
            }
        }
        return null;
    }

    /**
     * The suffix Apache strips from a simple class name to make the short alias: "Connector" for
     * connectors, else the interface's simple name ("Converter", "HeaderConverter", "Transformation"…).
     */
    static String aliasSuffix(PluginType type) {
        if (type == PluginType.SOURCE || type == PluginType.SINK) {
            return "Connector";
        }
        return of(type).getSimpleName();
    }

    /** How error messages name a list of plugins of this type, e.g. "connectors", "header converters". */
    static String pluralNoun(PluginType type) {
        switch (type) {
            case SOURCE:
            case SINK:
                return "connectors";
            case REST_EXTENSION:
                return "rest extensions";
            case CONNECTOR_CLIENT_CONFIG_OVERRIDE_POLICY:
                return "connector client config override policies";
            default:
                return type.simpleName().replace('_', ' ') + "s";
        }
    }
}

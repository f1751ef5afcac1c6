package io.tributary.worker.transform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.connector.ConnectRecord;
import org.apache.kafka.connect.transforms.Transformation;
import org.apache.kafka.connect.transforms.predicates.Predicate;

import io.tributary.isolation.PluginType;
import io.tributary.isolation.Plugins;

/**
 * Builds a connector's {@link TransformationChain} from its {@code transforms} and
 * {@code predicates} keys: {@code transforms.ALIAS.type}, {@code transforms.ALIAS.predicate},
 * {@code transforms.ALIAS.negate}, {@code predicates.NAME.type}, each configured with the keys
 * under its own prefix, as Apache does.
 */
public final class TransformationChainBuilder {

    private TransformationChainBuilder() {
    }

    @SuppressWarnings("unchecked")
    public static <R extends ConnectRecord<R>> TransformationChain<R> build(Plugins plugins, ClassLoader connectorLoader,
                                                                            Map<String, String> connectorProps) {
        List<TransformationStage<R>> stages = new ArrayList<>();
        for (String alias : aliases(connectorProps.get("transforms"))) {
            String prefix = "transforms." + alias + ".";
            Map<String, String> config = withPrefix(connectorProps, prefix);
            Transformation<R> transformation = plugins.newInstance(required(config, "type", prefix),
                    connectorLoader, Transformation.class, PluginType.TRANSFORMATION);
            configure(transformation, config);
            Predicate<R> predicate = null;
            String predicateAlias = config.get("predicate");
            if (predicateAlias != null && !predicateAlias.isBlank()) {
                Map<String, String> predicateConfig = withPrefix(connectorProps, "predicates." + predicateAlias + ".");
                predicate = plugins.newInstance(required(predicateConfig, "type", "predicates." + predicateAlias + "."),
                        connectorLoader, Predicate.class, PluginType.PREDICATE);
                Predicate<R> configured = predicate;
                try (var ignored = Plugins.swapLoader(configured.getClass().getClassLoader())) {
                    configured.configure(predicateConfig);
                }
            }
            stages.add(new TransformationStage<>(alias, transformation, predicate,
                    Boolean.parseBoolean(config.getOrDefault("negate", "false"))));
        }
        return new TransformationChain<>(stages);
    }

    private static void configure(Transformation<?> transformation, Map<String, String> config) {
        try (var ignored = Plugins.swapLoader(transformation.getClass().getClassLoader())) {
            transformation.configure(config);
        }
    }

    static List<String> aliases(String list) {
        if (list == null || list.isBlank()) {
            return List.of();
        }
        return List.of(list.trim().split("\\s*,\\s*")).stream().filter(alias -> !alias.isEmpty()).toList();
    }

    private static String required(Map<String, String> config, String key, String prefix) {
        String value = config.get(key);
        if (value == null || value.isBlank()) {
            throw new ConfigException(prefix + key, null, "Missing required configuration");
        }
        return value.trim();
    }

    private static Map<String, String> withPrefix(Map<String, String> props, String prefix) {
        Map<String, String> result = new HashMap<>();
        props.forEach((key, value) -> {
            if (key.startsWith(prefix)) {
                result.put(key.substring(prefix.length()), value);
            }
        });
        return result;
    }
}

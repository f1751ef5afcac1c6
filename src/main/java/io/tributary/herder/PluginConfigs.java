package io.tributary.herder;

import java.util.List;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Connector;
import org.apache.kafka.connect.storage.Converter;
import org.apache.kafka.connect.storage.HeaderConverter;
import org.apache.kafka.connect.transforms.Transformation;
import org.apache.kafka.connect.transforms.predicates.Predicate;

import io.tributary.isolation.PluginDesc;
import io.tributary.isolation.PluginType;
import io.tributary.isolation.Plugins;

/** Answers {@code GET /connector-plugins/NAME/config}: the keys a plugin's {@code config()} defines. */
public final class PluginConfigs {

    private static final PluginType[] WITH_CONFIG = {PluginType.SOURCE, PluginType.SINK, PluginType.CONVERTER,
        PluginType.HEADER_CONVERTER, PluginType.TRANSFORMATION, PluginType.PREDICATE};

    private PluginConfigs() {
    }

    public static List<ConfigInfos.ConfigKeyInfo> of(Plugins plugins, String name) {
        PluginDesc plugin = plugins.find(name, WITH_CONFIG)
                .orElseThrow(() -> HerderException.notFound("Unknown plugin " + name + "."));
        ConfigDef def;
        try (var ignored = Plugins.swapLoader(plugin.loader())) {
            Object instance = plugins.newInstance(plugin, Object.class);
            def = configDef(instance);
        }
        if (def == null) {
            return List.of();
        }
        return def.configKeys().values().stream().map(ConfigInfoMapper::keyInfo).toList();
    }

    private static ConfigDef configDef(Object plugin) {
        if (plugin instanceof Connector connector) {
            return connector.config();
        }
        if (plugin instanceof Converter converter) {
            return converter.config();
        }
        if (plugin instanceof HeaderConverter converter) {
            return converter.config();
        }
        if (plugin instanceof Transformation<?> transformation) {
            return transformation.config();
        }
        if (plugin instanceof Predicate<?> predicate) {
            return predicate.config();
        }
        return null;
    }
}

package io.tributary.herder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.common.config.Config;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.connect.connector.Connector;
import org.apache.kafka.connect.sink.SinkConnector;

import io.tributary.config.ConnectorConfig;
import io.tributary.config.SinkConnectorConfig;
import io.tributary.config.SourceConnectorConfig;
import io.tributary.isolation.PluginDesc;
import io.tributary.isolation.PluginType;
import io.tributary.isolation.Plugins;

/**
 * Validates a connector configuration as Apache's herder does: the runtime's keys (common,
 * source or sink), the connector's own {@code validate()}, and the worker-level checks on
 * converters, transformations, predicates and client overrides. The result lists every key with
 * its errors; {@link #requireValid} turns errors into Apache's 400 message for create and update.
 */
public final class ConnectorValidator {

    private final Plugins plugins;
    private final ClientOverridePolicy overridePolicy;

    public ConnectorValidator(Plugins plugins, ClientOverridePolicy overridePolicy) {
        this.plugins = plugins;
        this.overridePolicy = overridePolicy;
    }

    /** The connector plugin the configuration names. */
    public PluginDesc connectorPlugin(Map<String, String> props) {
        String connectorClass = props.get(ConnectorConfig.CONNECTOR_CLASS);
        if (connectorClass == null || connectorClass.isBlank()) {
            throw HerderException.badRequest("Connector config " + props + " contains no connector type");
        }
        return plugins.find(connectorClass.trim(), PluginType.SOURCE, PluginType.SINK).orElseThrow(() ->
                HerderException.badRequest("Failed to find any class that implements Connector and which name matches "
                        + connectorClass.trim() + ", available connectors are: " + available()));
    }

    private String available() {
        List<String> names = new ArrayList<>();
        plugins.plugins(PluginType.SOURCE).forEach(p -> names.add(p.className()));
        plugins.plugins(PluginType.SINK).forEach(p -> names.add(p.className()));
        return String.join(", ", names);
    }

    public ConfigInfos validate(Map<String, String> props) {
        PluginDesc plugin = connectorPlugin(props);
        Connector connector = plugins.newInstance(plugin, Connector.class);
        boolean sink = connector instanceof SinkConnector;
        ConfigDef runtimeDef = sink ? SinkConnectorConfig.configDef() : SourceConnectorConfig.configDef();
        Map<String, ConfigValue> runtimeValues = byName(runtimeDef.validate(props));
        addWorkerChecks(props, sink, runtimeValues);

        ConfigDef connectorDef;
        Map<String, ConfigValue> connectorValues;
        try (var ignored = Plugins.swapLoader(plugin.loader())) {
            connectorDef = connector.config();
            Config validated = connector.validate(props);
            connectorValues = byName(validated == null ? List.of() : validated.configValues());
        }
        List<ConfigInfos.ConfigInfo> infos = new ArrayList<>();
        Set<String> groups = new LinkedHashSet<>();
        int errors = collect(runtimeDef, runtimeValues, infos, groups);
        errors += collect(connectorDef == null ? new ConfigDef() : connectorDef, connectorValues, infos, groups);
        return new ConfigInfos(plugin.className(), errors, List.copyOf(groups), infos);
    }

    /** Throws Apache's 400 when the configuration has errors. */
    public void requireValid(Map<String, String> props) {
        ConfigInfos infos = validate(props);
        if (infos.errorCount() == 0) {
            return;
        }
        StringBuilder message = new StringBuilder("Connector configuration is invalid and contains the following ")
                .append(infos.errorCount()).append(" error(s):");
        infos.configs().forEach(info -> info.value().errors().forEach(error -> message.append('\n').append(error)));
        message.append("\nYou can also find the above list of errors at the endpoint "
                + "`/connector-plugins/{connectorType}/config/validate`");
        throw HerderException.badRequest(message.toString());
    }

    private void addWorkerChecks(Map<String, String> props, boolean sink, Map<String, ConfigValue> values) {
        checkPlugin(props, ConnectorConfig.KEY_CONVERTER, PluginType.CONVERTER, values);
        checkPlugin(props, ConnectorConfig.VALUE_CONVERTER, PluginType.CONVERTER, values);
        checkPlugin(props, ConnectorConfig.HEADER_CONVERTER, PluginType.HEADER_CONVERTER, values);
        checkAliases(props, ConnectorConfig.TRANSFORMS, "transforms.", PluginType.TRANSFORMATION, values);
        checkAliases(props, ConnectorConfig.PREDICATES, "predicates.", PluginType.PREDICATE, values);
        if (sink) {
            try {
                SinkConnectorConfig.validateTopics(props);
            } catch (ConfigException e) {
                String key = e.getMessage().contains(SinkConnectorConfig.TOPICS_REGEX)
                        && !e.getMessage().startsWith("Must configure") ? SinkConnectorConfig.TOPICS_REGEX
                        : SinkConnectorConfig.TOPICS;
                addError(values, key, e.getMessage());
            }
        }
        overridePolicy.violations(props).forEach((key, error) -> addError(values, key, error));
    }

    private void checkPlugin(Map<String, String> props, String key, PluginType type, Map<String, ConfigValue> values) {
        String className = props.get(key);
        if (className != null && !className.isBlank() && plugins.find(className.trim(), type).isEmpty()) {
            addError(values, key, "Invalid value " + className + " for configuration " + key
                    + ": Class " + className + " could not be found.");
        }
    }

    private void checkAliases(Map<String, String> props, String key, String prefix, PluginType type,
                              Map<String, ConfigValue> values) {
        String list = props.get(key);
        if (list == null || list.isBlank()) {
            return;
        }
        for (String alias : list.trim().split("\\s*,\\s*")) {
            String typeKey = prefix + alias + ".type";
            String className = props.get(typeKey);
            if (className == null || className.isBlank()) {
                addError(values, key, "Invalid value " + list + " for configuration " + key
                        + ": Missing required configuration \"" + typeKey + "\" which has no default value.");
            } else if (plugins.find(className.trim(), type).isEmpty()) {
                addError(values, key, "Invalid value " + className + " for configuration " + typeKey
                        + ": Class " + className + " could not be found.");
            }
        }
    }

    private static void addError(Map<String, ConfigValue> values, String key, String error) {
        values.computeIfAbsent(key, ConfigValue::new).addErrorMessage(error);
    }

    private static Map<String, ConfigValue> byName(List<ConfigValue> values) {
        Map<String, ConfigValue> map = new LinkedHashMap<>();
        values.forEach(value -> map.put(value.name(), value));
        return map;
    }

    private static int collect(ConfigDef def, Map<String, ConfigValue> values, List<ConfigInfos.ConfigInfo> infos,
                               Set<String> groups) {
        int errors = 0;
        for (ConfigDef.ConfigKey key : def.configKeys().values()) {
            if (key.group != null) {
                groups.add(key.group);
            }
            ConfigValue value = values.getOrDefault(key.name, new ConfigValue(key.name));
            errors += value.errorMessages().size();
            infos.add(new ConfigInfos.ConfigInfo(ConfigInfoMapper.keyInfo(key), ConfigInfoMapper.valueInfo(value)));
        }
        return errors;
    }
}

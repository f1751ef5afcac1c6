package io.tributary.herder;

import java.util.List;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.common.config.types.Password;

/** Turns Kafka's {@code ConfigDef} keys and validated values into Apache's REST shapes. */
final class ConfigInfoMapper {

    private ConfigInfoMapper() {
    }

    static ConfigInfos.ConfigKeyInfo keyInfo(ConfigDef.ConfigKey key) {
        String defaultValue = key.hasDefault() ? ConfigDef.convertToString(key.defaultValue, key.type) : null;
        return new ConfigInfos.ConfigKeyInfo(key.name, key.type.name(), !key.hasDefault(), defaultValue,
                key.importance == null ? null : key.importance.name(), key.documentation, key.group,
                key.width == null ? null : key.width.name(), key.displayName, List.copyOf(key.dependents),
                key.orderInGroup);
    }

    static ConfigInfos.ConfigValueInfo valueInfo(ConfigValue value) {
        Object raw = value.value();
        String shown = raw == null ? null : raw instanceof Password ? Password.HIDDEN
                : raw instanceof List<?> list ? String.join(",", list.stream().map(String::valueOf).toList())
                : String.valueOf(raw);
        List<String> recommended = value.recommendedValues() == null ? List.of()
                : value.recommendedValues().stream().map(String::valueOf).toList();
        return new ConfigInfos.ConfigValueInfo(value.name(), shown, recommended, List.copyOf(value.errorMessages()),
                value.visible());
    }
}

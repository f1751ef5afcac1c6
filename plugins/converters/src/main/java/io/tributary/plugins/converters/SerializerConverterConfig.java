package io.tributary.plugins.converters;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.storage.ConverterConfig;

import java.util.Map;

/**
 * Configuration of the converters backed by kafka-clients serializers: only
 * {@code converter.type} ({@code key}, {@code value} or {@code header}), which selects the
 * serializers' {@code isKey}. The same definition as Apache's NumberConverterConfig and
 * BooleanConverterConfig; other properties pass through to the serializers.
 */
public final class SerializerConverterConfig extends ConverterConfig {

    private static final ConfigDef CONFIG = ConverterConfig.newConfigDef();

    public SerializerConverterConfig(Map<String, ?> props) {
        super(CONFIG, props);
    }

    public static ConfigDef configDef() {
        return CONFIG;
    }
}

package io.tributary.plugins.converters;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.storage.Converter;
import org.apache.kafka.connect.storage.ConverterConfig;
import org.apache.kafka.connect.storage.ConverterType;
import org.apache.kafka.connect.storage.HeaderConverter;

import java.util.HashMap;
import java.util.Map;

/**
 * A {@link Converter} and {@link HeaderConverter} whose bytes are exactly those of one
 * kafka-clients {@link Serializer}/{@link Deserializer} pair, as Apache's NumberConverter family
 * and BooleanConverter are; {@code null} converts to {@code null} both ways.
 *
 * <p>Reading always yields the subclass's optional schema. Writing accepts only values of the
 * subclass's Java type (no widening, as Apache's); headers and keys use the same bytes as values.
 *
 * <p>Lifecycle: {@code configure} (once, from the worker), then conversions from the task thread,
 * then {@link #close()}.
 *
 * @param <T> the Java type the serializers handle
 */
abstract class SerializerConverter<T> implements Converter, HeaderConverter {

    private final String typeName;
    private final Class<T> type;
    private final Schema schema;
    private final Serializer<T> serializer;
    private final Deserializer<T> deserializer;

    /**
     * @param typeName the type in error messages, e.g. {@code "long"}
     * @param type the only Java type accepted by {@link #fromConnectData}
     * @param schema the optional schema returned by {@link #toConnectData}
     */
    SerializerConverter(String typeName, Class<T> type, Schema schema, Serializer<T> serializer, Deserializer<T> deserializer) {
        this.typeName = typeName;
        this.type = type;
        this.schema = schema;
        this.serializer = serializer;
        this.deserializer = deserializer;
    }

    @Override
    public String version() {
        return Version.get();
    }

    @Override
    public ConfigDef config() {
        return SerializerConverterConfig.configDef();
    }

    @Override
    public void configure(Map<String, ?> configs) {
        boolean isKey = new SerializerConverterConfig(configs).type() == ConverterType.KEY;
        serializer.configure(configs, isKey);
        deserializer.configure(configs, isKey);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        Map<String, Object> withType = new HashMap<>(configs);
        withType.put(ConverterConfig.TYPE_CONFIG, (isKey ? ConverterType.KEY : ConverterType.VALUE).getName());
        configure(withType);
    }

    @Override
    public byte[] fromConnectData(String topic, Schema schema, Object value) {
        checkSchema(schema);
        if (value != null && !type.isInstance(value)) {
            throw new DataException("Failed to serialize to " + typeName + " (was " + value.getClass() + ")");
        }
        try {
            return serializer.serialize(topic, type.cast(value));
        } catch (SerializationException e) {
            throw new DataException("Failed to serialize to " + typeName + ": ", e);
        }
    }

    @Override
    public SchemaAndValue toConnectData(String topic, byte[] value) {
        try {
            return new SchemaAndValue(schema, deserializer.deserialize(topic, value));
        } catch (SerializationException e) {
            throw new DataException("Failed to deserialize " + typeName + ": ", e);
        }
    }

    @Override
    public byte[] fromConnectHeader(String topic, String headerKey, Schema schema, Object value) {
        return fromConnectData(topic, schema, value);
    }

    @Override
    public SchemaAndValue toConnectHeader(String topic, String headerKey, byte[] value) {
        return toConnectData(topic, value);
    }

    @Override
    public void close() {
        Utils.closeQuietly(serializer, typeName + " converter serializer");
        Utils.closeQuietly(deserializer, typeName + " converter deserializer");
    }

    /**
     * Rejects a schema the subclass cannot write. The number converters accept any schema, as
     * Apache's do; {@link BooleanConverter} insists on BOOLEAN, as Apache's does.
     */
    void checkSchema(Schema schema) {
        // any schema accepted
    }
}

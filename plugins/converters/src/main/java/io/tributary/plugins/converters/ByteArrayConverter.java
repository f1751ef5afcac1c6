package io.tributary.plugins.converters;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.storage.Converter;
import org.apache.kafka.connect.storage.ConverterConfig;
import org.apache.kafka.connect.storage.HeaderConverter;

import java.nio.ByteBuffer;
import java.util.Map;

/**
 * Pass-through converter for raw bytes, equivalent to Apache's
 * {@code org.apache.kafka.connect.converters.ByteArrayConverter} 4.3.1 (which lives in
 * connect-runtime): writes {@code byte[]} as is and {@link ByteBuffer} as its whole content,
 * rejects other values and non-BYTES schemas, and reads any bytes as
 * {@link Schema#OPTIONAL_BYTES_SCHEMA}. Usable as key, value and header converter; stateless.
 */
public final class ByteArrayConverter implements Converter, HeaderConverter {

    private static final ConfigDef CONFIG_DEF = ConverterConfig.newConfigDef();

    public ByteArrayConverter() {
        // required by Connect
    }

    @Override
    public String version() {
        return Version.get();
    }

    @Override
    public ConfigDef config() {
        return CONFIG_DEF;
    }

    @Override
    public void configure(Map<String, ?> configs) {
        // nothing to configure
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        // nothing to configure
    }

    @Override
    public byte[] fromConnectData(String topic, Schema schema, Object value) {
        if (schema != null && schema.type() != Schema.Type.BYTES) {
            throw new DataException("Invalid schema type for ByteArrayConverter: " + schema.type());
        }
        if (value == null || value instanceof byte[]) {
            return (byte[]) value;
        }
        if (value instanceof ByteBuffer buffer) {
            return contentOf(buffer);
        }
        throw new DataException("ByteArrayConverter is not compatible with objects of type " + value.getClass());
    }

    @Override
    public SchemaAndValue toConnectData(String topic, byte[] value) {
        return new SchemaAndValue(Schema.OPTIONAL_BYTES_SCHEMA, value);
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
        // nothing to release
    }

    /** The whole buffer from index 0, whatever its position, as Apache's converter copies it. */
    private static byte[] contentOf(ByteBuffer buffer) {
        buffer.rewind();
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }
}

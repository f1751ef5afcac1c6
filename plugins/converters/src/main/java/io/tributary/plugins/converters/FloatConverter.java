package io.tributary.plugins.converters;

import org.apache.kafka.common.serialization.FloatDeserializer;
import org.apache.kafka.common.serialization.FloatSerializer;
import org.apache.kafka.connect.data.Schema;

/**
 * Converts FLOAT32 ({@code Float}) values to and from the bytes of kafka-clients' {@code FloatSerializer}; reads yield
 * {@link Schema#OPTIONAL_FLOAT32_SCHEMA}. Equivalent to Apache's {@code org.apache.kafka.connect.converters.FloatConverter}, which
 * lives in connect-runtime. Usable as key, value and header converter.
 */
public final class FloatConverter extends SerializerConverter<Float> {

    public FloatConverter() {
        // required by Connect
        super("float", Float.class, Schema.OPTIONAL_FLOAT32_SCHEMA, new FloatSerializer(), new FloatDeserializer());
    }
}

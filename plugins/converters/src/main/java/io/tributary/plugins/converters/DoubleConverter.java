package io.tributary.plugins.converters;

import org.apache.kafka.common.serialization.DoubleDeserializer;
import org.apache.kafka.common.serialization.DoubleSerializer;
import org.apache.kafka.connect.data.Schema;

/**
 * Converts FLOAT64 ({@code Double}) values to and from the bytes of kafka-clients' {@code DoubleSerializer}; reads yield
 * {@link Schema#OPTIONAL_FLOAT64_SCHEMA}. Equivalent to Apache's {@code org.apache.kafka.connect.converters.DoubleConverter}, which
 * lives in connect-runtime. Usable as key, value and header converter.
 */
public final class DoubleConverter extends SerializerConverter<Double> {

    public DoubleConverter() {
        // required by Connect
        super("double", Double.class, Schema.OPTIONAL_FLOAT64_SCHEMA, new DoubleSerializer(), new DoubleDeserializer());
    }
}

package io.tributary.plugins.converters;

import org.apache.kafka.common.serialization.IntegerDeserializer;
import org.apache.kafka.common.serialization.IntegerSerializer;
import org.apache.kafka.connect.data.Schema;

/**
 * Converts INT32 ({@code Integer}) values to and from the bytes of kafka-clients' {@code IntegerSerializer}; reads yield
 * {@link Schema#OPTIONAL_INT32_SCHEMA}. Equivalent to Apache's {@code org.apache.kafka.connect.converters.IntegerConverter}, which
 * lives in connect-runtime. Usable as key, value and header converter.
 */
public final class IntegerConverter extends SerializerConverter<Integer> {

    public IntegerConverter() {
        // required by Connect
        super("integer", Integer.class, Schema.OPTIONAL_INT32_SCHEMA, new IntegerSerializer(), new IntegerDeserializer());
    }
}

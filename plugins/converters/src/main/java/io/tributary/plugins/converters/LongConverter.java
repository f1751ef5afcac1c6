package io.tributary.plugins.converters;

import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.common.serialization.LongSerializer;
import org.apache.kafka.connect.data.Schema;

/**
 * Converts INT64 ({@code Long}) values to and from the bytes of kafka-clients' {@code LongSerializer}; reads yield
 * {@link Schema#OPTIONAL_INT64_SCHEMA}. Equivalent to Apache's {@code org.apache.kafka.connect.converters.LongConverter}, which
 * lives in connect-runtime. Usable as key, value and header converter.
 */
public final class LongConverter extends SerializerConverter<Long> {

    public LongConverter() {
        // required by Connect
        super("long", Long.class, Schema.OPTIONAL_INT64_SCHEMA, new LongSerializer(), new LongDeserializer());
    }
}

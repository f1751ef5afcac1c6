package io.tributary.plugins.converters;

import org.apache.kafka.common.serialization.ShortDeserializer;
import org.apache.kafka.common.serialization.ShortSerializer;
import org.apache.kafka.connect.data.Schema;

/**
 * Converts INT16 ({@code Short}) values to and from the bytes of kafka-clients' {@code ShortSerializer}; reads yield
 * {@link Schema#OPTIONAL_INT16_SCHEMA}. Equivalent to Apache's {@code org.apache.kafka.connect.converters.ShortConverter}, which
 * lives in connect-runtime. Usable as key, value and header converter.
 */
public final class ShortConverter extends SerializerConverter<Short> {

    public ShortConverter() {
        // required by Connect
        super("short", Short.class, Schema.OPTIONAL_INT16_SCHEMA, new ShortSerializer(), new ShortDeserializer());
    }
}

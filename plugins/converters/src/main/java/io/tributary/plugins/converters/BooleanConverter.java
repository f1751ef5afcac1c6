package io.tributary.plugins.converters;

import org.apache.kafka.common.serialization.BooleanDeserializer;
import org.apache.kafka.common.serialization.BooleanSerializer;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.errors.DataException;

/**
 * Converts BOOLEAN ({@code Boolean}) values to and from the bytes of kafka-clients' {@code BooleanSerializer}; reads yield
 * {@link Schema#OPTIONAL_BOOLEAN_SCHEMA}. Equivalent to Apache's {@code org.apache.kafka.connect.converters.BooleanConverter}, which
 * lives in connect-runtime. Unlike the number converters it rejects a
 * non-BOOLEAN schema, as Apache's does. Usable as key, value and header converter.
 */
public final class BooleanConverter extends SerializerConverter<Boolean> {

    public BooleanConverter() {
        // required by Connect
        super("boolean", Boolean.class, Schema.OPTIONAL_BOOLEAN_SCHEMA, new BooleanSerializer(), new BooleanDeserializer());
    }

    @Override
    void checkSchema(Schema schema) {
        if (schema != null && schema.type() != Schema.Type.BOOLEAN) {
            throw new DataException("Invalid schema type for BooleanConverter: " + schema.type());
        }
    }
}

package io.tributary.worker;

import java.util.Map;

import org.apache.kafka.connect.data.ConnectSchema;
import org.apache.kafka.connect.data.Schema;

/**
 * Checks source partitions and offsets given over REST before they reach a connector or the offset
 * store: both are maps of primitive values, as Apache's {@code OffsetUtils.validateFormat} requires
 * (it answers 500 for them; we answer 400 with the same message).
 */
final class SourceOffsetFormat {

    private SourceOffsetFormat() {
    }

    static void validate(Map<Map<String, Object>, Map<String, Object>> offsets) {
        offsets.forEach((partition, offset) -> {
            if (partition == null) {
                throw new InvalidOffsetsException("The partition of a source connector offset may not be null");
            }
            primitivesOnly(partition);
            if (offset != null) {
                primitivesOnly(offset);
            }
        });
    }

    private static void primitivesOnly(Map<String, Object> map) {
        map.forEach((key, value) -> {
            if (value == null) {
                return;
            }
            Schema.Type type = ConnectSchema.schemaType(value.getClass());
            if (type == null || !type.isPrimitive()) {
                throw new InvalidOffsetsException("Offsets may only contain primitive types as values, but field "
                        + key + " contains " + (type == null ? value.getClass().getSimpleName() : type));
            }
        });
    }
}

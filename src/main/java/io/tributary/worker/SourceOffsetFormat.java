package io.tributary.worker;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.connect.data.ConnectSchema;
import org.apache.kafka.connect.data.Schema;

/**
 * Checks source partitions and offsets given over REST before they reach a connector or the offset
 * store: both are maps of primitive values, as Apache's {@code OffsetUtils.validateFormat} requires
 * (it answers 500 for them; we answer 400 with the same message). Numbers are then normalised as a
 * round trip through the schemaless JsonConverter would (integers to Long, decimals to Double), as
 * Apache's {@code Worker.normalizeSourceConnectorOffsets} does, so that a connector's
 * {@code alterOffsets} sees the types its tasks will read back.
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

    /** A copy with integral numbers as Long and decimals as Double; order and nulls kept. */
    static Map<Map<String, Object>, Map<String, Object>> normalize(Map<Map<String, Object>, Map<String, Object>> offsets) {
        Map<Map<String, Object>, Map<String, Object>> result = new LinkedHashMap<>();
        offsets.forEach((partition, offset) -> result.put(normalizeMap(partition), normalizeMap(offset)));
        return result;
    }

    private static Map<String, Object> normalizeMap(Map<String, Object> map) {
        if (map == null) {
            return null;
        }
        Map<String, Object> result = new LinkedHashMap<>();
        map.forEach((key, value) -> result.put(key, normalizeValue(value)));
        return result;
    }

    private static Object normalizeValue(Object value) {
        if (value instanceof Byte || value instanceof Short || value instanceof Integer || value instanceof BigInteger) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float || value instanceof BigDecimal) {
            return ((Number) value).doubleValue();
        }
        return value;
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

package io.tributary.storage.codec;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Values of source offsets, byte for byte as Apache Kafka Connect 4.3.1 writes them: the offset map as
 * schemaless JSON from a {@code JsonConverter} with schemas disabled, for example
 * {@code {"position":18}}; a null offset is a null value (a tombstone that removes the partition).
 * The keys are {@link OffsetKeyCodec}'s.
 */
public final class OffsetCodec {

    private OffsetCodec() {
    }

    /** The offset's bytes, or null for a null offset. */
    public static byte[] encode(Map<String, ?> offset) {
        return offset == null ? null : InternalConverter.VALUES.serialize(null, offset);
    }

    /**
     * The offset map, or null for a tombstone or a value that is not a JSON object. Integral numbers come
     * back as {@code Long} and others as {@code Double}, as Apache hands them to tasks.
     */
    public static Map<String, Object> decode(byte[] value) {
        Object data;
        try {
            data = InternalConverter.VALUES.deserialize(value);
        } catch (RuntimeException e) {
            return null;
        }
        if (!(data instanceof Map<?, ?> raw)) {
            return null;
        }
        Map<String, Object> offset = new LinkedHashMap<>();
        raw.forEach((k, v) -> offset.put(String.valueOf(k), v));
        return offset;
    }
}

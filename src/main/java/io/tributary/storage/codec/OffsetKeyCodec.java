package io.tributary.storage.codec;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keys of source offsets, byte for byte as Apache Kafka Connect 4.3.1's {@code OffsetStorageWriter}
 * writes them: the schemaless JSON array {@code ["connector",{partition}]}, for example
 * {@code ["src",{"filename":"/tmp/in.txt"}]}, from a {@code JsonConverter} with schemas disabled. The
 * partition map's entries appear in its iteration order.
 *
 * <p>Why bytes matter: the offsets topic is compacted and partitioned by key, and stores look offsets up
 * by these bytes, so a key that differs in one byte from Apache's (a space, a different field order) is a
 * different source partition: the connector would start over after moving between Apache and
 * Tributary. The same bytes are the keys of the standalone offsets file.
 */
public final class OffsetKeyCodec {

    private OffsetKeyCodec() {
    }

    /** A source partition's key; the partition map should hold strings, numbers and booleans only. */
    public static byte[] encode(String connector, Map<String, ?> partition) {
        return InternalConverter.KEYS.serialize(null, Arrays.asList(connector, partition));
    }

    /**
     * Decodes a key, or returns null when it is not {@code [string, object]} (Apache skips those too).
     * Integral numbers of the partition come back as {@code Long}, as in Apache.
     */
    public static Key decode(byte[] key) {
        Object data;
        try {
            data = InternalConverter.KEYS.deserialize(key);
        } catch (RuntimeException e) {
            return null;
        }
        if (!(data instanceof List<?> list) || list.size() != 2 || !(list.get(0) instanceof String connector)) {
            return null;
        }
        if (!(list.get(1) instanceof Map<?, ?> raw)) {
            return null;
        }
        Map<String, Object> partition = new LinkedHashMap<>();
        raw.forEach((k, v) -> partition.put(String.valueOf(k), v));
        return new Key(connector, partition);
    }

    /** A decoded offset key: the connector and one of its source partitions. */
    public record Key(String connector, Map<String, Object> partition) {
    }
}

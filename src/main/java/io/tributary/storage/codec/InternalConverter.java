package io.tributary.storage.codec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.json.JsonConverter;
import org.apache.kafka.connect.json.JsonConverterConfig;
import org.apache.kafka.connect.json.JsonDeserializer;

/**
 * The JSON converter Apache Connect uses for its internal topics: a {@link JsonConverter} with
 * {@code schemas.enable=false}, so records carry plain JSON without a schema envelope. Every codec in
 * this package serialises through it, which is what makes our bytes identical to Apache's (same
 * Jackson settings, same number and string encoding, same field order for structs).
 *
 * <p>Reading goes through connect-json's {@link JsonDeserializer} (what JsonConverter parses with) and
 * builds the same schemaless values JsonConverter would, except that JSON objects become
 * {@link LinkedHashMap}s: keeping the field order makes a decoded record re-encode to the same bytes, and
 * shows a connector's configuration in the order the user wrote it.
 *
 * <p>Thread-safe: {@link JsonConverter} is shared by many threads in Apache too.
 */
final class InternalConverter {

    /** Apache configures its internal key converter with {@code isKey=true}; the output is the same. */
    static final InternalConverter KEYS = new InternalConverter(true);
    static final InternalConverter VALUES = new InternalConverter(false);

    /** The topic name is not used by JsonConverter; Apache passes the internal topic's name. */
    private static final String TOPIC = "internal";

    private final JsonConverter converter = new JsonConverter();
    private final JsonDeserializer deserializer = new JsonDeserializer();

    private InternalConverter(boolean isKey) {
        converter.configure(Map.of(JsonConverterConfig.SCHEMAS_ENABLE_CONFIG, "false"), isKey);
    }

    /** Serialises a value: a {@code Struct} with its schema, or a schemaless map/list with a null schema. */
    byte[] serialize(Schema schema, Object value) {
        return converter.fromConnectData(TOPIC, schema, value);
    }

    /**
     * Parses JSON bytes into schemaless Connect data, as JsonConverter does: objects become
     * {@code Map<String, Object>} (in field order), arrays {@code List}, integral numbers {@code Long},
     * other numbers {@code Double}; null bytes give null.
     *
     * @throws DataException when the bytes are not JSON
     */
    Object deserialize(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            return toConnect(deserializer.deserialize(TOPIC, bytes));
        } catch (RuntimeException e) {
            throw new DataException("Not valid JSON: " + e.getMessage(), e);
        }
    }

    private static Object toConnect(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        } else if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.fields().forEachRemaining(field -> map.put(field.getKey(), toConnect(field.getValue())));
            return map;
        } else if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            node.forEach(element -> list.add(toConnect(element)));
            return list;
        } else if (node.isIntegralNumber()) {
            return node.longValue();
        } else if (node.isNumber()) {
            return node.doubleValue();
        } else if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.asText();
    }
}

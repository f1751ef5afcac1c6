package io.tributary.plugins.converters;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.storage.HeaderConverter;
import org.apache.kafka.connect.storage.SimpleHeaderConverter;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Apache's default {@code header.converter}, {@link SimpleHeaderConverter}, ships in connect-api
 * 4.3.1 (with its own ServiceLoader entry), so Tributary uses it as is rather than carrying a
 * copy whose simple-name alias would clash with it. These tests pin the behaviour we rely on.
 */
class SimpleHeaderConverterTest {

    private final SimpleHeaderConverter converter = new SimpleHeaderConverter();

    @Test
    void isDiscoverableFromConnectApi() {
        assertThat(ServiceLoader.load(HeaderConverter.class).stream().map(ServiceLoader.Provider::type))
                .contains(SimpleHeaderConverter.class);
    }

    @Test
    void roundTripsScalars() {
        assertThat(roundTrip(Schema.STRING_SCHEMA, "hello")).isEqualTo(new SchemaAndValue(Schema.STRING_SCHEMA, "hello"));
        assertThat(roundTrip(Schema.INT32_SCHEMA, 42)).isEqualTo(new SchemaAndValue(Schema.INT8_SCHEMA, (byte) 42));
        assertThat(roundTrip(Schema.INT32_SCHEMA, 100_000)).isEqualTo(new SchemaAndValue(Schema.INT32_SCHEMA, 100_000));
        assertThat(roundTrip(Schema.BOOLEAN_SCHEMA, true)).isEqualTo(new SchemaAndValue(Schema.BOOLEAN_SCHEMA, true));
    }

    @Test
    void roundTripsMapsAndLists() {
        // given a map and a list with schemas
        Schema mapSchema = SchemaBuilder.map(Schema.STRING_SCHEMA, Schema.INT32_SCHEMA).build();
        Schema listSchema = SchemaBuilder.array(Schema.STRING_SCHEMA).build();
        // when written, then they are JSON-like strings
        assertThat(write(mapSchema, Map.of("a", 1))).isEqualTo("{\"a\":1}");
        assertThat(write(listSchema, List.of("x", "y"))).isEqualTo("[\"x\",\"y\"]");
        // and read back with inferred schemas
        assertThat(roundTrip(mapSchema, Map.of("a", 1)).value()).isEqualTo(Map.of("a", (byte) 1));
        assertThat(roundTrip(listSchema, List.of("x", "y")).value()).isEqualTo(List.of("x", "y"));
    }

    @Test
    void nullIsNullBothWays() {
        assertThat(converter.fromConnectHeader("t", "h", Schema.OPTIONAL_STRING_SCHEMA, null)).isNull();
        assertThat(converter.toConnectHeader("t", "h", null)).isEqualTo(new SchemaAndValue(null, null));
    }

    private SchemaAndValue roundTrip(Schema schema, Object value) {
        return converter.toConnectHeader("t", "h", converter.fromConnectHeader("t", "h", schema, value));
    }

    private String write(Schema schema, Object value) {
        return new String(converter.fromConnectHeader("t", "h", schema, value), StandardCharsets.UTF_8);
    }
}

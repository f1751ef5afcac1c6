package io.tributary.plugins.converters;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.errors.DataException;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ByteArrayConverterTest {

    private static final byte[] SAMPLE = {0, 1, (byte) 0xff, 42};

    private final ByteArrayConverter converter = new ByteArrayConverter();

    @Test
    void passesBytesThroughBothWays() {
        // given a configured converter
        converter.configure(Map.of(), false);
        // when bytes are written and read
        byte[] written = converter.fromConnectData("t", Schema.BYTES_SCHEMA, SAMPLE);
        SchemaAndValue read = converter.toConnectData("t", SAMPLE);
        // then they are the same array, read with the optional bytes schema
        assertThat(written).isSameAs(SAMPLE);
        assertThat(read).isEqualTo(new SchemaAndValue(Schema.OPTIONAL_BYTES_SCHEMA, SAMPLE));
        assertThat(converter.fromConnectData("t", null, null)).isNull();
        assertThat(converter.toConnectHeader("t", "h", null)).isEqualTo(new SchemaAndValue(Schema.OPTIONAL_BYTES_SCHEMA, null));
    }

    @Test
    void writesTheWholeContentOfAByteBuffer() {
        // given a buffer whose position is not at its start
        ByteBuffer buffer = ByteBuffer.wrap(SAMPLE);
        buffer.position(2);
        // when written, then all bytes from index 0 are returned, as Apache's converter does
        assertThat(converter.fromConnectHeader("t", "h", Schema.OPTIONAL_BYTES_SCHEMA, buffer)).isEqualTo(SAMPLE);
    }

    @Test
    void rejectsOtherSchemasAndTypes() {
        assertThatThrownBy(() -> converter.fromConnectData("t", Schema.STRING_SCHEMA, SAMPLE))
                .isInstanceOf(DataException.class).hasMessage("Invalid schema type for ByteArrayConverter: STRING");
        assertThatThrownBy(() -> converter.fromConnectData("t", null, "text"))
                .isInstanceOf(DataException.class).hasMessageContaining("not compatible");
    }
}

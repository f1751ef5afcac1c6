package io.tributary.storage.codec;

import static io.tributary.storage.codec.CodecTestData.ordered;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Golden bytes of the offsets topic, read from the offsets topic of a real Apache Kafka Connect 4.3.1
 * worker running FileStreamSource (and after {@code PATCH /connectors/src/offsets}).
 */
class OffsetCodecTest {

    @Test
    void encodesKeysAsApacheDoes() {
        assertThat(OffsetKeyCodec.encode("src", Map.of("filename", "/tmp/ref-storage/in.txt")))
                .isEqualTo(bytes("[\"src\",{\"filename\":\"/tmp/ref-storage/in.txt\"}]"));
        assertThat(OffsetKeyCodec.encode("src", ordered("filename", "/b", "x", 1)))
                .isEqualTo(bytes("[\"src\",{\"filename\":\"/b\",\"x\":1}]"));
    }

    @Test
    void encodesValuesAsApacheDoes() {
        assertThat(OffsetCodec.encode(Map.of("position", 18L))).isEqualTo(bytes("{\"position\":18}"));
        assertThat(OffsetCodec.encode(ordered("s", "a\"b", "position", 5, "ok", true)))
                .isEqualTo(bytes("{\"s\":\"a\\\"b\",\"position\":5,\"ok\":true}"));
        // a null offset is a tombstone
        assertThat(OffsetCodec.encode(null)).isNull();
    }

    @Test
    void decodesApacheRecordsAndReEncodesThemToTheSameBytes() {
        // given Apache's key and value
        byte[] key = bytes("[\"src\",{\"filename\":\"/b\",\"x\":1}]");
        byte[] value = bytes("{\"s\":\"a\\\"b\",\"position\":5,\"ok\":true}");
        // when decoded
        OffsetKeyCodec.Key decoded = OffsetKeyCodec.decode(key);
        Map<String, Object> offset = OffsetCodec.decode(value);
        // then integral numbers are Longs, as Apache hands them to tasks, and the bytes survive a round trip
        assertThat(decoded.connector()).isEqualTo("src");
        assertThat(decoded.partition()).containsExactly(Map.entry("filename", "/b"), Map.entry("x", 1L));
        assertThat(offset).containsExactly(Map.entry("s", "a\"b"), Map.entry("position", 5L), Map.entry("ok", true));
        assertThat(OffsetKeyCodec.encode(decoded.connector(), decoded.partition())).isEqualTo(key);
        assertThat(OffsetCodec.encode(offset)).isEqualTo(value);
    }

    @Test
    void rejectsKeysThatAreNotConnectorAndPartition() {
        assertThat(OffsetKeyCodec.decode(bytes("{\"a\":1}"))).isNull();
        assertThat(OffsetKeyCodec.decode(bytes("[\"src\"]"))).isNull();
        assertThat(OffsetKeyCodec.decode(bytes("nope"))).isNull();
        assertThat(OffsetCodec.decode(null)).isNull();
    }

    private static byte[] bytes(String s) {
        return ConfigRecordCodecTest.bytes(s);
    }
}

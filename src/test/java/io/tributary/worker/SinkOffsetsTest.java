package io.tributary.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class SinkOffsetsTest {

    private static Map<Map<String, Object>, Map<String, Object>> one(Map<String, Object> partition,
                                                                     Map<String, Object> offset) {
        Map<Map<String, Object>, Map<String, Object>> offsets = new HashMap<>();
        offsets.put(partition, offset);
        return offsets;
    }

    @Test
    void parsesApacheShapeWithNullAsRemoval() {
        // when a partition has an offset and another a null, then both parse
        Map<Map<String, Object>, Map<String, Object>> offsets = one(Map.of("kafka_topic", "t", "kafka_partition", 0),
                Map.of("kafka_offset", 5));
        offsets.put(Map.of("kafka_topic", "t", "kafka_partition", "1"), null);
        assertThat(SinkOffsets.parse(offsets)).containsEntry(new TopicPartition("t", 0), 5L)
                .containsEntry(new TopicPartition("t", 1), null);
    }

    @Test
    void rejectsMalformedPartitionsAndOffsetsWithApacheMessages() {
        // when keys are missing or values are not integers, then Apache's messages
        assertThatThrownBy(() -> SinkOffsets.parse(one(Map.of("kafka_topic", "t"), Map.of("kafka_offset", 1))))
                .isInstanceOf(InvalidOffsetsException.class).hasMessageContaining("'kafka_topic' and 'kafka_partition'");
        assertThatThrownBy(() -> SinkOffsets.parse(one(Map.of("kafka_topic", "t", "kafka_partition", "x"),
                Map.of("kafka_offset", 1)))).hasMessageContaining("Partition values for sink connectors need to be integers");
        assertThatThrownBy(() -> SinkOffsets.parse(one(Map.of("kafka_topic", "t", "kafka_partition", 0),
                Map.of("x", 1)))).hasMessageContaining("should either be null or contain the key 'kafka_offset'");
        assertThatThrownBy(() -> SinkOffsets.parse(one(Map.of("kafka_topic", "t", "kafka_partition", 0),
                Map.of("kafka_offset", "abc")))).hasMessageContaining("Offset values for sink connectors need to be integers");
    }

    @Test
    void showsPartitionsInApacheKeyOrder() {
        // when a topic partition is shown, then kafka_partition comes before kafka_topic, as Apache prints it
        assertThat(SinkOffsets.partition(new TopicPartition("t", 3)).keySet()).containsExactly("kafka_partition", "kafka_topic");
    }
}

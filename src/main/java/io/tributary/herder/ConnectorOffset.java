package io.tributary.herder;

import java.util.Map;

/**
 * One partition of a connector and its offset (KIP-875): for a source connector its source
 * partition and offset maps, for a sink {@code {"kafka_partition","kafka_topic"}} and
 * {@code {"kafka_offset"}}. A null offset asks to remove the partition.
 */
public record ConnectorOffset(Map<String, Object> partition, Map<String, Object> offset) {
}

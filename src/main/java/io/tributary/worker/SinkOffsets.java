package io.tributary.worker;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.connect.errors.ConnectException;

/**
 * A sink connector's offsets, which are its consumer group's committed offsets, in Apache's REST
 * shape: partition {@code {"kafka_partition":P,"kafka_topic":"T"}}, offset {@code {"kafka_offset":N}}.
 * Parses the shape with Apache's messages, and reads, alters and deletes the group's offsets with
 * the Admin client. Called on the herder thread; each Admin call waits up to the given timeout.
 */
final class SinkOffsets {

    static final String KAFKA_TOPIC = "kafka_topic";
    static final String KAFKA_PARTITION = "kafka_partition";
    static final String KAFKA_OFFSET = "kafka_offset";

    private final Admin admin;
    private final long timeoutMs;

    SinkOffsets(Admin admin, long timeoutMs) {
        this.admin = admin;
        this.timeoutMs = timeoutMs;
    }

    /** The group's committed offsets, sorted by topic and partition; empty when the group does not exist. */
    Map<Map<String, Object>, Map<String, Object>> read(String group) {
        Map<TopicPartition, OffsetAndMetadata> committed;
        try {
            committed = await(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata(), group);
        } catch (GroupIdNotFoundException e) {
            return Map.of();
        }
        List<TopicPartition> partitions = new ArrayList<>(committed.keySet());
        partitions.sort(Comparator.comparing(TopicPartition::topic).thenComparingInt(TopicPartition::partition));
        Map<Map<String, Object>, Map<String, Object>> result = new LinkedHashMap<>();
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata offset = committed.get(partition);
            if (offset != null) {
                result.put(partition(partition), Map.of(KAFKA_OFFSET, offset.offset()));
            }
        }
        return result;
    }

    /** Commits the non-null offsets for the group and deletes the null ones. */
    void alter(String group, Map<TopicPartition, Long> offsets) {
        Map<TopicPartition, OffsetAndMetadata> toCommit = new LinkedHashMap<>();
        Set<TopicPartition> toDelete = new HashSet<>();
        offsets.forEach((partition, offset) -> {
            if (offset == null) {
                toDelete.add(partition);
            } else {
                toCommit.put(partition, new OffsetAndMetadata(offset));
            }
        });
        if (!toCommit.isEmpty()) {
            await(admin.alterConsumerGroupOffsets(group, toCommit).all(), group);
        }
        if (!toDelete.isEmpty()) {
            try {
                await(admin.deleteConsumerGroupOffsets(group, toDelete).all(), group);
            } catch (GroupIdNotFoundException e) {
                // Nothing committed, so nothing to delete.
            }
        }
    }

    /** Deletes the whole consumer group, as Apache does to reset a sink connector's offsets. */
    void reset(String group) {
        try {
            await(admin.deleteConsumerGroups(List.of(group)).all(), group);
        } catch (GroupIdNotFoundException e) {
            // Already gone: the offsets are reset.
        }
    }

    /** The REST offsets as topic partitions and offsets (null = remove), with Apache's messages. */
    static Map<TopicPartition, Long> parse(Map<? extends Map<String, ?>, ? extends Map<String, ?>> offsets) {
        Map<TopicPartition, Long> result = new LinkedHashMap<>();
        offsets.forEach((partition, offset) -> result.put(topicPartition(partition), offset(offset)));
        return result;
    }

    private static TopicPartition topicPartition(Map<String, ?> partition) {
        if (partition == null || !(partition.get(KAFKA_TOPIC) instanceof String topic)
                || !partition.containsKey(KAFKA_PARTITION) || partition.get(KAFKA_PARTITION) == null) {
            throw new InvalidOffsetsException("The partition for a sink connector offset must contain the keys '"
                    + KAFKA_TOPIC + "' and '" + KAFKA_PARTITION + "'");
        }
        Object value = partition.get(KAFKA_PARTITION);
        try {
            return new TopicPartition(topic, Integer.parseInt(String.valueOf(value)));
        } catch (NumberFormatException e) {
            throw new InvalidOffsetsException("Failed to parse the following Kafka partition value in the provided "
                    + "offsets: '" + value + "'. Partition values for sink connectors need to be integers.");
        }
    }

    private static Long offset(Map<String, ?> offset) {
        if (offset == null) {
            return null;
        }
        if (!offset.containsKey(KAFKA_OFFSET)) {
            throw new InvalidOffsetsException("The offset for a sink connector should either be null or contain the "
                    + "key '" + KAFKA_OFFSET + "'");
        }
        Object value = offset.get(KAFKA_OFFSET);
        try {
            return Long.parseLong(String.valueOf(value));
        } catch (NumberFormatException e) {
            throw new InvalidOffsetsException("Failed to parse the following Kafka offset value in the provided "
                    + "offsets: '" + value + "'. Offset values for sink connectors need to be integers.");
        }
    }

    /** Apache's partition shape, keys in the order Apache 4.3.1 prints them. */
    static Map<String, Object> partition(TopicPartition partition) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put(KAFKA_PARTITION, partition.partition());
        result.put(KAFKA_TOPIC, partition.topic());
        return result;
    }

    private <T> T await(org.apache.kafka.common.KafkaFuture<T> future, String group) {
        try {
            return future.get(timeoutMs, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof GroupIdNotFoundException notFound) {
                throw notFound;
            }
            throw new ConnectException("Failed to change the offsets of consumer group " + group + ": "
                    + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new ConnectException("Timed out after " + timeoutMs + " ms changing the offsets of consumer group "
                    + group, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectException("Interrupted changing the offsets of consumer group " + group, e);
        }
    }
}

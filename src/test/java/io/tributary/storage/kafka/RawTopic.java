package io.tributary.storage.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Plain clients on an internal topic, for tests that play another worker (Apache or Tributary) writing
 * raw records, or that check the bytes a store wrote.
 */
final class RawTopic {

    private final String bootstrapServers;
    private final String topic;

    RawTopic(String bootstrapServers, String topic) {
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
    }

    /** A topic name no other test uses. */
    static String unique(String purpose) {
        return "it-" + purpose + "-" + UUID.randomUUID();
    }

    static KafkaStoreSettings settings(String bootstrapServers, String topic, int partitions) {
        return new KafkaStoreSettings(bootstrapServers, topic, partitions, (short) -1, Map.of(), "it-");
    }

    /** Writes records (key, value, key, value...; a null value is a tombstone) and waits for their acks. */
    void write(String... keysAndValues) {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < keysAndValues.length; i += 2) {
                producer.send(new ProducerRecord<>(topic, bytes(keysAndValues[i]), bytes(keysAndValues[i + 1]))).get();
            }
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every record in the topic, partition by partition. */
    List<ConsumerRecord<byte[], byte[]>> readAll() {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    /** The record values in the topic by key, in topic order, as strings ("null" for tombstones). */
    List<String> keysAndValues() {
        List<String> result = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> record : readAll()) {
            result.add(string(record.key()) + " " + string(record.value()));
        }
        return result;
    }

    static byte[] bytes(String s) {
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }

    static String string(byte[] b) {
        return b == null ? "null" : new String(b, StandardCharsets.UTF_8);
    }
}

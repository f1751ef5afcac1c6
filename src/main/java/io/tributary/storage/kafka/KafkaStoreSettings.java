package io.tributary.storage.kafka;

import java.util.Map;

/**
 * Where and how a Kafka-backed store keeps its topic.
 *
 * @param bootstrapServers  the Kafka cluster
 * @param topic             the internal topic (config, offsets or status)
 * @param partitions        partitions when the topic is created; -1 = the broker's default
 * @param replicationFactor replication factor when the topic is created; -1 = the broker's default
 * @param clientProps       extra client settings (security, timeouts) applied to producer, consumer and admin
 * @param clientIdPrefix    prefix of the clients' {@code client.id}, e.g. {@code connect-cluster-}; the store
 *                          appends its role ({@code configs}, {@code offsets}, {@code statuses}) as Apache does
 */
public record KafkaStoreSettings(String bootstrapServers, String topic, int partitions, short replicationFactor,
                                 Map<String, Object> clientProps, String clientIdPrefix) {

    public KafkaStoreSettings {
        clientProps = Map.copyOf(clientProps);
    }
}

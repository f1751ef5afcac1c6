package io.tributary.worker;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import io.tributary.config.ConnectorConfig;
import io.tributary.config.WorkerConfig;

/**
 * The Kafka client settings of a task, layered as in Apache: our defaults, then the worker's
 * {@code producer.} / {@code consumer.} / {@code admin.} keys, then the connector's
 * {@code *.override.} keys (already checked against the override policy when the connector was
 * validated).
 */
public final class ClientConfigs {

    /** Appended to a source task's client id for its large-batch producer. */
    public static final String LARGE_BATCH_CLIENT_SUFFIX = "-large-batches";

    /** Records a source task may have sent but not yet acknowledged before it stops polling. */
    public static final int DEFAULT_MAX_IN_FLIGHT_RECORDS = 50_000;

    private final WorkerConfig worker;
    private final String bootstrapServers;

    public ClientConfigs(WorkerConfig worker, String bootstrapServers) {
        this.worker = worker;
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * Producer of a source task. Apache uses acks=all with one request in flight; we keep acks=all
     * and get the same per-partition order from an idempotent producer with more requests in
     * flight, which is what lets the source keep up with the broker.
     */
    public Map<String, Object> producer(String clientId, Map<String, String> connectorProps) {
        Map<String, Object> props = new HashMap<>();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, String.valueOf(Integer.MAX_VALUE));
        props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        // An idempotent producer sends one batch per partition per request and keeps at most 5 requests
        // in flight, so batch.size caps the bytes in flight to one partition: a one-partition file
        // source ran 1.65x faster with 64 KiB than with Kafka's 16 KiB, and faster still with larger
        // batches. But every new batch takes a whole batch.size buffer from buffer.memory, however few
        // records it gets: a raw producer spreading keyed records over 1,000 partitions mostly waited
        // for buffer memory with 64 KiB batches in 64 MiB. 128 MiB leaves room for two batches (one
        // filling, one in flight) on each of 1,000 partitions; the pool holds that much only after a
        // task has written to that many partitions at once.
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(64 * 1024));
        props.put(ProducerConfig.BUFFER_MEMORY_CONFIG, String.valueOf(128L * 1024 * 1024));
        props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        props.putAll(userSettings("producer.", ConnectorConfig.PRODUCER_OVERRIDE_PREFIX, connectorProps));
        return props;
    }

    /**
     * The large-batch producer of a source task ({@code TaskProducers}): the task's producer with
     * 512 KiB batches, the raw producer's best on a one-partition topic, in 64 MiB (room for five
     * batches in flight and one filling on each of its at most 16 partitions). Empty when the
     * worker's {@code producer.} keys or the connector's overrides size the batches themselves.
     */
    public Optional<Map<String, Object>> largeBatchProducer(String clientId, Map<String, String> connectorProps) {
        Map<String, Object> user = userSettings("producer.", ConnectorConfig.PRODUCER_OVERRIDE_PREFIX, connectorProps);
        if (user.containsKey(ProducerConfig.BATCH_SIZE_CONFIG) || user.containsKey(ProducerConfig.BUFFER_MEMORY_CONFIG)) {
            return Optional.empty();
        }
        Map<String, Object> props = producer(clientId, connectorProps);
        // after the user's keys, so that a client.id of theirs is not shared by two producers either
        props.put(ProducerConfig.CLIENT_ID_CONFIG, props.get(ProducerConfig.CLIENT_ID_CONFIG) + LARGE_BATCH_CLIENT_SUFFIX);
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(512 * 1024));
        props.put(ProducerConfig.BUFFER_MEMORY_CONFIG, String.valueOf(64L * 1024 * 1024));
        return Optional.of(props);
    }

    /** Consumer of a sink task, in the group {@code connect-NAME}, committing offsets itself. */
    public Map<String, Object> consumer(String connector, String clientId, Map<String, String> connectorProps) {
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "connect-" + connector);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        props.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, "1");
        // The consumer asks for a partition again only once its previous fetch is drained: larger
        // fetches mean fewer round trips per record (fetch.max.bytes, 50 MiB, still caps a response).
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, String.valueOf(4 * 1024 * 1024));
        // The client's 64 KiB socket buffer turns off the kernel's buffer autotuning: a large fetch
        // response then crawls in 64 KiB steps, each waiting for the task thread to come back to
        // poll(). The system's size (-1) lets the next response arrive while put() runs.
        props.put(ConsumerConfig.RECEIVE_BUFFER_CONFIG, "-1");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        props.putAll(userSettings("consumer.", ConnectorConfig.CONSUMER_OVERRIDE_PREFIX, connectorProps));
        return props;
    }

    /** Admin client for topic creation and DLQ topics. */
    public Map<String, Object> admin(String clientId, Map<String, String> connectorProps) {
        Map<String, Object> props = new HashMap<>();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, clientId);
        props.putAll(userSettings("admin.", ConnectorConfig.ADMIN_OVERRIDE_PREFIX, connectorProps));
        return props;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** The client settings the user gave: the worker's {@code workerPrefix} keys, then the connector's overrides. */
    private Map<String, Object> userSettings(String workerPrefix, String overridePrefix, Map<String, String> connectorProps) {
        Map<String, Object> settings = new HashMap<>(worker.originalsWithPrefix(workerPrefix));
        settings.putAll(withPrefix(connectorProps, overridePrefix));
        return settings;
    }

    static Map<String, Object> withPrefix(Map<String, String> props, String prefix) {
        Map<String, Object> result = new HashMap<>();
        props.forEach((key, value) -> {
            if (key.startsWith(prefix)) {
                result.put(key.substring(prefix.length()), value);
            }
        });
        return result;
    }
}

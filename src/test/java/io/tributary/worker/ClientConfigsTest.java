package io.tributary.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

import io.tributary.config.WorkerConfig;
import io.tributary.worker.source.TaskProducers;

class ClientConfigsTest {

    private static ClientConfigs configs(Map<String, String> worker) {
        return new ClientConfigs(new WorkerConfig(worker), "127.0.0.1:9092");
    }

    @Test
    void sourceProducerBufferMemoryHoldsTwoBatchesForEachOfAThousandPartitions() {
        // a new batch takes a whole batch.size buffer from buffer.memory, once per partition written to;
        // a larger batch than Kafka's 16 KiB is what lets one partition take more bytes per request
        Map<String, Object> producer = configs(Map.of()).producer("task-0", Map.of());

        long batchSize = Long.parseLong((String) producer.get(ProducerConfig.BATCH_SIZE_CONFIG));
        long bufferMemory = Long.parseLong((String) producer.get(ProducerConfig.BUFFER_MEMORY_CONFIG));
        assertThat(batchSize).isGreaterThan(16 * 1024);
        assertThat(bufferMemory / batchSize).isGreaterThanOrEqualTo(2 * 1000);
        assertThat(producer).containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    }

    @Test
    void workerThenConnectorSettingsOverrideTheDefaults() {
        // given a worker-wide producer setting and a connector override of the same key
        ClientConfigs configs = configs(Map.of("producer.batch.size", "65536", "producer.linger.ms", "20"));

        Map<String, Object> producer = configs.producer("task-0", Map.of("producer.override.batch.size", "131072"));

        // then the connector's wins over the worker's, which wins over ours
        assertThat(producer).containsEntry(ProducerConfig.BATCH_SIZE_CONFIG, "131072")
                .containsEntry(ProducerConfig.LINGER_MS_CONFIG, "20");
    }

    @Test
    void largeBatchProducerHasLargerBatchesForFewPartitions() {
        // given a worker with no batch settings of its own
        ClientConfigs configs = configs(Map.of("producer.linger.ms", "20"));

        Map<String, Object> large = configs.largeBatchProducer("connector-producer-files-0", Map.of()).orElseThrow();
        Map<String, Object> main = configs.producer("connector-producer-files-0", Map.of());

        // then it is the task's producer with larger batches, room for six of them per partition, and its own id
        long batchSize = Long.parseLong((String) large.get(ProducerConfig.BATCH_SIZE_CONFIG));
        long bufferMemory = Long.parseLong((String) large.get(ProducerConfig.BUFFER_MEMORY_CONFIG));
        assertThat(batchSize).isGreaterThanOrEqualTo(8 * Long.parseLong((String) main.get(ProducerConfig.BATCH_SIZE_CONFIG)));
        assertThat(bufferMemory / batchSize).isGreaterThanOrEqualTo(6L * TaskProducers.LARGE_BATCH_PARTITIONS);
        assertThat(large).containsEntry(ProducerConfig.CLIENT_ID_CONFIG, "connector-producer-files-0-large-batches")
                .containsEntry(ProducerConfig.LINGER_MS_CONFIG, "20")
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    }

    @Test
    void largeBatchProducerTakesTheUsersClientIdWithItsSuffix() {
        Map<String, Object> large = configs(Map.of()).largeBatchProducer("connector-producer-files-0",
                Map.of("producer.override.client.id", "orders-writer")).orElseThrow();

        assertThat(large).containsEntry(ProducerConfig.CLIENT_ID_CONFIG, "orders-writer-large-batches");
    }

    @Test
    void noLargeBatchProducerWhenTheUserSizedTheBatches() {
        assertThat(configs(Map.of("producer.batch.size", "16384")).largeBatchProducer("t-0", Map.of())).isEmpty();
        assertThat(configs(Map.of("producer.buffer.memory", "33554432")).largeBatchProducer("t-0", Map.of())).isEmpty();
        assertThat(configs(Map.of()).largeBatchProducer("t-0", Map.of("producer.override.batch.size", "16384")))
                .isEmpty();
        assertThat(configs(Map.of()).largeBatchProducer("t-0", Map.of("producer.override.buffer.memory", "1048576")))
                .isEmpty();
    }

    @Test
    void sinkConsumerLetsTheSystemSizeItsReceiveBufferUnlessTheUserDoes() {
        // Kafka's 64 KiB turns the kernel's autotuning off; -1 means the system's size
        assertThat(configs(Map.of()).consumer("sink", "sink-0", Map.of()))
                .containsEntry(ConsumerConfig.RECEIVE_BUFFER_CONFIG, "-1")
                .containsEntry(ConsumerConfig.GROUP_ID_CONFIG, "connect-sink");
        assertThat(configs(Map.of("consumer.receive.buffer.bytes", "65536")).consumer("sink", "sink-0", Map.of()))
                .containsEntry(ConsumerConfig.RECEIVE_BUFFER_CONFIG, "65536");
        assertThat(configs(Map.of()).consumer("sink", "sink-0", Map.of("consumer.override.receive.buffer.bytes", "131072")))
                .containsEntry(ConsumerConfig.RECEIVE_BUFFER_CONFIG, "131072");
    }
}

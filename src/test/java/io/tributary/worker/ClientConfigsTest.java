package io.tributary.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

import io.tributary.config.WorkerConfig;

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
}

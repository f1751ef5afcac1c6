package io.tributary.storage.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.Test;

class KafkaLogTest {

    @Test
    void readerNeverAsksTheBrokerToCreateTheTopicEvenWhenTheWorkerSettingsAllowIt() {
        // given worker-wide client settings that allow auto-creation (Kafka's default is true as well)
        KafkaStoreSettings settings = new KafkaStoreSettings("127.0.0.1:9092", "connect-offsets", 25, (short) 1,
                Map.of(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "true", ConsumerConfig.GROUP_ID_CONFIG, "cluster"),
                "worker-");

        Map<String, Object> reader = new KafkaLog(settings, "offsets", Map.of(), record -> { }).consumerProps();

        // then the internal topic is left to TopicAdmin, which makes it compacted; the reader has no group
        assertThat(reader).containsEntry(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false")
                .doesNotContainKey(ConsumerConfig.GROUP_ID_CONFIG)
                .containsEntry(ConsumerConfig.CLIENT_ID_CONFIG, "worker-offsets");
    }
}

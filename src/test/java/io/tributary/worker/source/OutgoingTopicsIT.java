package io.tributary.worker.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.tributary.config.WorkerConfig;
import io.tributary.testkit.EmbeddedBrokerExtension;
import io.tributary.testkit.EmbeddedBrokerExtension.Bootstrap;
import io.tributary.testkit.TopicReader;
import io.tributary.worker.ClientConfigs;

/**
 * A source task writing a one-partition topic and a many-partition topic on a real broker: each
 * gets its producer, and every record arrives, in order.
 */
@ExtendWith(EmbeddedBrokerExtension.class)
class OutgoingTopicsIT {

    private static final int RECORDS = 20_000;

    @Test
    void fewPartitionsGoToTheLargeBatchProducerAndManyToTheMainOne(@Bootstrap String bootstrap) throws Exception {
        // given a one-partition and a forty-partition topic, and a task's producers as the worker makes them
        String id = UUID.randomUUID().toString().substring(0, 8);
        String narrow = "narrow-" + id;
        String wide = "wide-" + id;
        Map<String, Object> adminProps = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin admin = Admin.create(adminProps)) {
            admin.createTopics(List.of(new NewTopic(narrow, 1, (short) 1), new NewTopic(wide, 40, (short) 1)))
                    .all().get();
        }
        ClientConfigs clients = new ClientConfigs(new WorkerConfig(Map.of()), bootstrap);
        String clientId = "connector-producer-routing-" + id + "-0";
        Producer<byte[], byte[]> main = new KafkaProducer<>(clients.producer(clientId, Map.of()));
        Producer<byte[], byte[]> largeBatch = new KafkaProducer<>(clients.largeBatchProducer(clientId, Map.of())
                .orElseThrow());
        TaskProducers producers = new TaskProducers(() -> main, () -> largeBatch);

        try (OutgoingTopics topics = new OutgoingTopics("routing-0", producers, Optional.empty(), adminProps)) {
            // when the task sends to both topics, asking for each record's producer as the pipeline does
            for (int i = 0; i < RECORDS; i++) {
                String topic = i % 2 == 0 ? narrow : wide;
                Producer<byte[], byte[]> producer = topics.prepare(topic, () -> false);
                producer.send(new ProducerRecord<>(topic, ("k" + i).getBytes(StandardCharsets.UTF_8),
                        String.valueOf(i).getBytes(StandardCharsets.UTF_8)));
            }

            // then the one-partition topic has the large-batch producer, the wide one the main producer,
            // asked once or again in a row (as a task with one topic does)
            assertThat(topics.prepare(narrow, () -> false)).isSameAs(largeBatch);
            assertThat(topics.prepare(narrow, () -> false)).isSameAs(largeBatch);
            assertThat(topics.prepare(wide, () -> false)).isSameAs(main);
            assertThat(topics.prepare(wide, () -> false)).isSameAs(main);
            assertThat(topics.prepare(narrow, () -> false)).isSameAs(largeBatch);
        } finally {
            producers.flush();
            producers.close();
        }

        // and every record of the one-partition topic arrived, in the order it was sent
        List<ConsumerRecord<byte[], byte[]>> read = TopicReader.read(narrow, RECORDS / 2, Duration.ofSeconds(60));
        assertThat(read).extracting(r -> Integer.parseInt(new String(r.value(), StandardCharsets.UTF_8)))
                .containsExactlyElementsOf(IntStream.range(0, RECORDS).filter(i -> i % 2 == 0).boxed().toList());
        assertThat(TopicReader.read(wide, RECORDS / 2, Duration.ofSeconds(60))).hasSize(RECORDS / 2);
    }

    @Test
    void aTopicTheBrokerCreatesOnFirstUseNeedsNoMainProducer(@Bootstrap String bootstrap) throws Exception {
        // given a topic that does not exist yet, on a broker that creates topics on first use (one partition)
        String topic = "auto-" + UUID.randomUUID().toString().substring(0, 8);
        ClientConfigs clients = new ClientConfigs(new WorkerConfig(Map.of()), bootstrap);
        String clientId = "connector-producer-auto-0";
        AtomicInteger mainMade = new AtomicInteger();
        TaskProducers producers = new TaskProducers(() -> {
            mainMade.incrementAndGet();
            return new KafkaProducer<>(clients.producer(clientId, Map.of()));
        }, () -> new KafkaProducer<>(clients.largeBatchProducer(clientId, Map.of()).orElseThrow()));

        try (OutgoingTopics topics = new OutgoingTopics("auto-0", producers,
                Optional.empty(), Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            // when a task writes to it
            for (int i = 0; i < 100; i++) {
                topics.prepare(topic, () -> false).send(new ProducerRecord<>(topic,
                        String.valueOf(i).getBytes(StandardCharsets.UTF_8)));
            }
        } finally {
            producers.flush();
            producers.close();
        }

        // then the records are there, and the task never made its main producer
        assertThat(TopicReader.read(topic, 100, Duration.ofSeconds(60))).hasSize(100);
        assertThat(mainMade).hasValue(0);
    }
}

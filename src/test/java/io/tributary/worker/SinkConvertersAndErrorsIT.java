package io.tributary.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.LongSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.tributary.testkit.ConnectClient;
import io.tributary.testkit.SharedBroker;
import io.tributary.testkit.SharedBrokerResource;
import io.tributary.testkit.TopicReader;
import io.tributary.testkit.WorkerTestProfile;

/**
 * Sink-side conversion: Apache's runtime-only converter class names resolve to the equivalents we
 * ship, and {@code errors.tolerance=all} skips a poison record into the dead letter queue.
 */
@QuarkusTest
@TestProfile(WorkerTestProfile.class)
@QuarkusTestResource(SharedBrokerResource.class)
class SinkConvertersAndErrorsIT {

    private static final String SINK = "io.tributary.plugins.file.FileStreamSinkConnector";

    @TempDir
    Path dir;
    private final String id = UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void deleteConnectors() {
        List.of("longs-" + id, "dlq-" + id).forEach(ConnectClient::deleteQuietly);
    }

    private static <V> void produce(String topic, Class<?> valueSerializer, List<V> values) {
        Map<String, Object> props = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedBroker.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, valueSerializer.getName());
        try (KafkaProducer<byte[], V> producer = new KafkaProducer<>(props)) {
            values.forEach(value -> producer.send(new ProducerRecord<>(topic, value)));
        }
    }

    private static void awaitLines(Path file, int count) {
        Awaitility.await(file + " has " + count + " lines").atMost(Duration.ofSeconds(60))
                .until(() -> Files.exists(file) && Files.readAllLines(file).size() >= count);
    }

    @Test
    void apachesRuntimeOnlyConverterNamesResolveToOurEquivalents() throws Exception {
        // given longs written with kafka-clients' LongSerializer
        String topic = "longs-" + id;
        produce(topic, LongSerializer.class, List.of(7L, 42L));
        Path output = dir.resolve("longs.txt");

        // when a sink reads them with Apache's connect-runtime class name for the converter
        ConnectClient.create("longs-" + id, Map.of("connector.class", SINK, "file", output.toString(),
                "topics", topic, "value.converter", "org.apache.kafka.connect.converters.LongConverter",
                "key.converter", "org.apache.kafka.connect.converters.ByteArrayConverter"));

        // then the values arrive as numbers
        awaitLines(output, 2);
        assertThat(Files.readAllLines(output)).containsExactly("7", "42");
    }

    @Test
    void tolerateAllSendsThePoisonRecordToTheDeadLetterQueueAndKeepsGoing() throws Exception {
        // given JSON records with one that is not JSON
        String topic = "json-in-" + id;
        String dlq = "dlq-out-" + id;
        produce(topic, ByteArraySerializer.class, List.of("{\"a\":1}", "not json", "{\"a\":2}").stream()
                .map(s -> s.getBytes(StandardCharsets.UTF_8)).toList());
        Path output = dir.resolve("json.txt");

        // when a sink tolerates all errors and names a dead letter queue
        ConnectClient.create("dlq-" + id, Map.of("connector.class", SINK, "file", output.toString(), "topics", topic,
                "value.converter", "org.apache.kafka.connect.json.JsonConverter",
                "value.converter.schemas.enable", "false", "errors.tolerance", "all",
                "errors.deadletterqueue.topic.name", dlq, "errors.deadletterqueue.topic.replication.factor", "1",
                "errors.deadletterqueue.context.headers.enable", "true"));

        // then the good records are written, the task keeps running, and the bad one is in the DLQ
        awaitLines(output, 2);
        assertThat(Files.readAllLines(output)).containsExactly("{a=1}", "{a=2}");
        var dead = TopicReader.read(dlq, 1, Duration.ofSeconds(30));
        assertThat(dead).hasSize(1);
        assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("not json");
        assertThat(new String(dead.get(0).headers().lastHeader("__connect.errors.stage").value(),
                StandardCharsets.UTF_8)).isEqualTo("VALUE_CONVERTER");
        ConnectClient.awaitState("dlq-" + id, "RUNNING", 1);
    }
}

package io.tributary.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.tributary.testkit.ConnectClient;
import io.tributary.testkit.SharedBroker;
import io.tributary.testkit.SharedBrokerResource;
import io.tributary.testkit.WorkerTestProfile;

/**
 * A source writing keyed records into a topic whose partitions were created a moment ago. Its
 * idempotent producer has several requests in flight per partition; a request that reaches a
 * partition before the broker has made it (NOT_LEADER_OR_FOLLOWER) can be overtaken by the next
 * one, and Kafka brokers before 4.5 (KAFKA-15591) then refuse its retries forever, so the task
 * hung in its flush. Every line must arrive.
 */
@QuarkusTest
@TestProfile(WorkerTestProfile.class)
@QuarkusTestResource(SharedBrokerResource.class)
class FreshTopicsIT {

    private static final String SOURCE = "io.tributary.plugins.file.FileStreamSourceConnector";
    private static final int PARTITIONS = 300;
    private static final int LINES = 30_000;

    @TempDir
    Path dir;
    private final String id = UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void deleteConnectors() {
        List.of("created-" + id, "creating-" + id).forEach(ConnectClient::deleteQuietly);
    }

    @Test
    void everyRecordArrivesInATopicCreatedJustBeforeTheConnector() throws Exception {
        // given a many-partition topic created a moment ago, and lines that become keys
        String topic = "created-" + id;
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(topic, PARTITIONS, (short) 1))).all().get();
        }

        // when a source spreads the lines over its partitions by key
        ConnectClient.create(topic, keyedSource(lines("created.txt"), topic));

        // then every line is in the topic
        assertThat(awaitRecords(topic, LINES)).isEqualTo(LINES);
    }

    @Test
    void everyRecordArrivesInATopicTheWorkerCreates() throws Exception {
        // given lines that become keys, and a topic that does not exist yet
        String topic = "creating-" + id;
        Map<String, String> config = keyedSource(lines("creating.txt"), topic);
        config.put("topic.creation.default.partitions", String.valueOf(PARTITIONS));
        config.put("topic.creation.default.replication.factor", "1");

        // when the source creates the topic (KIP-158) and spreads the lines over its partitions
        ConnectClient.create(topic, config);

        // then every line is in the topic
        assertThat(awaitRecords(topic, LINES)).isEqualTo(LINES);
    }

    private Path lines(String name) throws IOException {
        Path input = dir.resolve(name);
        Files.write(input, IntStream.range(0, LINES).mapToObj(i -> "line-" + i).toList());
        return input;
    }

    /** A file source whose records carry their line as the key, so they go to every partition. */
    private static Map<String, String> keyedSource(Path input, String topic) {
        Map<String, String> config = new HashMap<>(Map.of("connector.class", SOURCE, "file", input.toString(),
                "topic", topic, "transforms", "hoist,key,unwrapKey",
                "key.converter", "org.apache.kafka.connect.storage.StringConverter"));
        config.putAll(Map.of(
                "transforms.hoist.type", "org.apache.kafka.connect.transforms.HoistField$Value",
                "transforms.hoist.field", "line",
                "transforms.key.type", "org.apache.kafka.connect.transforms.ValueToKey",
                "transforms.key.fields", "line",
                "transforms.unwrapKey.type", "org.apache.kafka.connect.transforms.ExtractField$Key",
                "transforms.unwrapKey.field", "line"));
        return config;
    }

    /** The number of records in the topic once it reached {@code expected}, or after 60 s. */
    private static long awaitRecords(String topic, long expected) throws InterruptedException, ExecutionException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        long count = 0;
        try (Admin admin = admin()) {
            while (System.nanoTime() < deadline) {
                count = endOffsetsSum(admin, topic);
                if (count >= expected) {
                    break;
                }
                Thread.sleep(200);
            }
        }
        return count;
    }

    private static long endOffsetsSum(Admin admin, String topic) throws InterruptedException, ExecutionException {
        Map<TopicPartition, OffsetSpec> latest = IntStream.range(0, PARTITIONS).boxed()
                .collect(Collectors.toMap(p -> new TopicPartition(topic, p), p -> OffsetSpec.latest()));
        try {
            return admin.listOffsets(latest).all().get().values().stream().mapToLong(o -> o.offset()).sum();
        } catch (ExecutionException e) {
            return 0;   // the topic or some partition is not there yet
        }
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, SharedBroker.bootstrapServers()));
    }
}

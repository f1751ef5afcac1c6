package io.tributary.worker;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.tributary.testkit.ConnectClient;
import io.tributary.testkit.SharedBrokerResource;
import io.tributary.testkit.TopicReader;
import io.tributary.testkit.WorkerTestProfile;

/** Target states (KIP-875), failures as data, and validation of connector configurations. */
@QuarkusTest
@TestProfile(WorkerTestProfile.class)
@QuarkusTestResource(SharedBrokerResource.class)
class ConnectorLifecycleIT {

    private static final String SOURCE = "io.tributary.plugins.file.FileStreamSourceConnector";
    private static final String STRING_CONVERTER = "org.apache.kafka.connect.storage.StringConverter";

    @TempDir
    Path dir;
    private final String id = UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void deleteConnectors() {
        List.of("flow-" + id, "failing-" + id, "created-" + id, "committing-" + id).forEach(ConnectClient::deleteQuietly);
    }

    private Map<String, String> fileSource(Path file, String topic) {
        return Map.of("connector.class", SOURCE, "file", file.toString(), "topic", topic,
                "value.converter", STRING_CONVERTER);
    }

    private static void append(Path file, String lines) throws IOException {
        Files.writeString(file, lines, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    @Test
    void sourceTaskThatOverridesCommitRecordGetsEveryRecordBackWithItsKafkaOffset() {
        // given a source task that overrides commitRecord(record, metadata)
        String topic = "committing-" + id;
        ConnectClient.create("committing-" + id, Map.of("connector.class", "CommitRecordingSource", "topic", topic,
                "count", "1000", "value.converter", STRING_CONVERTER));

        // then each of its records comes back once it is written, with the offset Kafka gave it
        assertThat(TopicReader.read(topic, 1000, Duration.ofSeconds(30))).hasSize(1000);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                io.tributary.testkit.plugins.CommitRecordingSourceConnector.COMMITTED.get(topic).size() >= 1000);
        assertThat(io.tributary.testkit.plugins.CommitRecordingSourceConnector.COMMITTED.get(topic))
                .containsExactlyInAnyOrderElementsOf(java.util.stream.LongStream.range(0, 1000).boxed().toList());
    }

    @Test
    void pausedConnectorProducesNothingUntilResumedAndStoppedConnectorHasNoTasks() throws IOException {
        // given a running file source
        Path input = dir.resolve("in.txt");
        append(input, "one\n");
        String topic = "lifecycle-" + id;
        ConnectClient.create("flow-" + id, fileSource(input, topic));
        assertThat(TopicReader.read(topic, 1, Duration.ofSeconds(30))).hasSize(1);

        // when it is paused and more lines arrive
        ConnectClient.put("/connectors/flow-" + id + "/pause", 202);
        ConnectClient.awaitState("flow-" + id, "PAUSED", 1);
        append(input, "two\nthree\n");

        // then nothing new reaches the topic while paused
        Awaitility.await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> TopicReader.read(topic, 2, Duration.ofMillis(300)).size() == 1);

        // when resumed, the lines flow
        ConnectClient.put("/connectors/flow-" + id + "/resume", 202);
        ConnectClient.awaitState("flow-" + id, "RUNNING", 1);
        assertThat(TopicReader.read(topic, 3, Duration.ofSeconds(30))).hasSize(3);

        // when stopped, the connector is STOPPED with no tasks
        ConnectClient.put("/connectors/flow-" + id + "/stop", 204);
        ConnectClient.awaitState("flow-" + id, "STOPPED", 0);
        given().when().get("/connectors/flow-" + id + "/tasks").then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.is(0));
    }

    @Test
    void failingTaskGoesFailedWithTraceWhileAnotherConnectorKeepsFlowing() throws IOException {
        // given a healthy file source
        Path input = dir.resolve("healthy.txt");
        append(input, "a\n");
        String topic = "healthy-" + id;
        ConnectClient.create("flow-" + id, fileSource(input, topic));

        // when a connector whose task throws from poll() runs beside it
        ConnectClient.create("failing-" + id, Map.of("connector.class", "FailingSource", "topic", "failing-" + id,
                "fail.after", "2", "value.converter", STRING_CONVERTER));

        // then that task is FAILED with its trace, the connector itself RUNNING
        Awaitility.await("task FAILED").atMost(Duration.ofSeconds(60)).until(() ->
                "FAILED".equals(ConnectClient.status("failing-" + id).jsonPath().getString("tasks[0].state")));
        var status = ConnectClient.status("failing-" + id).jsonPath();
        assertThat(status.getString("connector.state")).isEqualTo("RUNNING");
        assertThat(status.getString("tasks[0].trace")).contains("Failing on purpose");

        // and the healthy connector keeps flowing
        append(input, "b\nc\n");
        assertThat(TopicReader.read(topic, 3, Duration.ofSeconds(30))).hasSize(3);
        ConnectClient.awaitState("flow-" + id, "RUNNING", 1);
    }

    @Test
    void invalidConfigurationIsRefusedWithErrorsPerField() {
        // when a sink is created without topics and with an unknown converter
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "flow-" + id, "config", Map.of(
                        "connector.class", "io.tributary.plugins.file.FileStreamSinkConnector",
                        "value.converter", "com.example.NoSuchConverter")))
                .when().post("/connectors")
                // then Apache's 400 lists each error
                .then().statusCode(400)
                .body("error_code", org.hamcrest.Matchers.is(400))
                .body("message", containsString("contains the following 2 error(s)"))
                .body("message", containsString("Must configure one of topics or topics.regex"))
                .body("message", containsString("com.example.NoSuchConverter"));
        given().when().get("/connectors/flow-" + id).then().statusCode(404);
    }

    @Test
    void unknownConnectorClassIsABadRequestNamingTheClass() {
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "flow-" + id, "config", Map.of("connector.class", "NoSuchConnector")))
                .when().post("/connectors")
                .then().statusCode(400).body("message", containsString("NoSuchConnector"));
    }

    @Test
    void restartingAFailedTaskRunsItAgain() {
        // given a failed task
        ConnectClient.create("failing-" + id, Map.of("connector.class", "FailingSource", "topic", "failing-" + id,
                "fail.after", "1", "value.converter", STRING_CONVERTER));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() ->
                "FAILED".equals(ConnectClient.status("failing-" + id).jsonPath().getString("tasks[0].state")));

        // when it is restarted, then it runs again (and fails again after its records)
        given().when().post("/connectors/failing-" + id + "/tasks/0/restart").then().statusCode(204);
        var records = TopicReader.read("failing-" + id, 2, Duration.ofSeconds(30));
        assertThat(records).hasSize(2);
        assertThat(new String(records.get(1).value(), StandardCharsets.UTF_8)).isEqualTo("record-0");
    }

    @Test
    void connectorWhoseStartThrowsIsFailedWithItsTraceAndHasNoTasks() {
        // when a connector's start() throws
        ConnectClient.create("failing-" + id, Map.of("connector.class", "FailingStart"));

        // then it is FAILED with the trace, without tasks
        Awaitility.await("connector FAILED").atMost(Duration.ofSeconds(30)).until(() ->
                "FAILED".equals(ConnectClient.status("failing-" + id).jsonPath().getString("connector.state")));
        var status = ConnectClient.status("failing-" + id).jsonPath();
        assertThat(status.getString("connector.trace")).contains("Refusing to start on purpose");
        assertThat(status.getList("tasks")).isEmpty();
    }

    @Test
    void sourceCreatesItsTopicWithTheTopicCreationSettings() throws Exception {
        // given topic creation settings (KIP-158) for a topic that does not exist yet
        Path input = dir.resolve("created.txt");
        append(input, "x\n");
        String topic = "created-" + id;
        Map<String, String> config = new java.util.HashMap<>(fileSource(input, topic));
        config.put("topic.creation.default.partitions", "3");
        config.put("topic.creation.default.replication.factor", "1");
        config.put("topic.creation.default.retention.ms", "123456789");

        // when the connector runs
        ConnectClient.create("created-" + id, config);

        // then the topic has the configured partitions and settings, not the broker's defaults
        try (var admin = org.apache.kafka.clients.admin.Admin.create(Map.of("bootstrap.servers",
                io.tributary.testkit.SharedBroker.bootstrapServers()))) {
            // Wait for the task to create it before any reader asks for it: a reader's metadata
            // request would let the broker auto-create the topic with its defaults first.
            Awaitility.await("topic created by the task").atMost(Duration.ofSeconds(30))
                    .until(() -> admin.listTopics().names().get().contains(topic));
            var description = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
            assertThat(description.partitions()).hasSize(3);
            var resource = new org.apache.kafka.common.config.ConfigResource(
                    org.apache.kafka.common.config.ConfigResource.Type.TOPIC, topic);
            assertThat(admin.describeConfigs(List.of(resource)).all().get().get(resource)
                    .get("retention.ms").value()).isEqualTo("123456789");
        }
        assertThat(TopicReader.read(topic, 1, Duration.ofSeconds(30))).hasSize(1);
    }
}

package io.tributary.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
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
import io.tributary.testkit.WorkerTestProfile;

/** {@code GET/PATCH/DELETE /connectors/NAME/offsets} (KIP-875) for source and sink connectors. */
@QuarkusTest
@TestProfile(WorkerTestProfile.class)
@QuarkusTestResource(SharedBrokerResource.class)
class ConnectorOffsetsIT {

    @TempDir
    Path dir;
    private final String id = UUID.randomUUID().toString().substring(0, 8);
    private final String source = "offsets-source-" + id;
    private final String sink = "offsets-sink-" + id;

    @AfterEach
    void deleteConnectors() {
        List.of(source, sink).forEach(ConnectClient::deleteQuietly);
    }

    private static Map<String, Object> offsetsBody(Map<String, Object> partition, Map<String, Object> offset) {
        Map<String, Object> entry = new HashMap<>();
        entry.put("partition", partition);
        entry.put("offset", offset);
        return Map.of("offsets", List.of(entry));
    }

    private void awaitOffsets(String connector, int count) {
        Awaitility.await("offsets of " + connector).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().when().get("/connectors/" + connector + "/offsets").jsonPath()
                        .getList("offsets").size() == count);
    }

    @Test
    void sourceOffsetsChangeOnlyWhileStopped() throws IOException {
        // given a running file source that committed an offset
        Files.writeString(dir.resolve("in.txt"), "one\ntwo\n");
        ConnectClient.create(source, ConnectorsResourceIT.fileSource(dir, "offsets-" + id));
        awaitOffsets(source, 1);
        String file = dir.resolve("in.txt").toString();
        Map<String, Object> body = offsetsBody(Map.of("filename", file), Map.of("position", 4));

        // when offsets are changed while it runs, then 400 naming the STOPPED state
        given().contentType(ContentType.JSON).body(body).when().patch("/connectors/" + source + "/offsets")
                .then().statusCode(400).body("error_code", equalTo(400), "message", containsString("STOPPED"));
        given().when().delete("/connectors/" + source + "/offsets").then().statusCode(400);

        // when stopped, an empty or missing list is still refused
        ConnectClient.put("/connectors/" + source + "/stop", 204);
        ConnectClient.awaitState(source, "STOPPED", 0);
        given().contentType(ContentType.JSON).body(Map.of("offsets", List.of()))
                .when().patch("/connectors/" + source + "/offsets").then().statusCode(400);
        given().contentType(ContentType.JSON).body("{}").when().patch("/connectors/" + source + "/offsets")
                .then().statusCode(400).body("error_code", equalTo(400));

        // and a valid alteration applies and shows
        given().contentType(ContentType.JSON).body(body).when().patch("/connectors/" + source + "/offsets")
                .then().statusCode(200).body("message", containsString("altered"));
        given().when().get("/connectors/" + source + "/offsets")
                .then().statusCode(200).body("offsets[0].partition.filename", equalTo(file),
                        "offsets[0].offset.position", equalTo(4));

        // when reset, then no offsets are left
        given().when().delete("/connectors/" + source + "/offsets")
                .then().statusCode(200).body("message", containsString("reset"));
        given().when().get("/connectors/" + source + "/offsets").then().statusCode(200).body("offsets", hasSize(0));
    }

    @Test
    void malformedSourceOffsetsAreBadRequests() throws IOException {
        // given a stopped file source
        Files.writeString(dir.resolve("in.txt"), "");
        given().contentType(ContentType.JSON)
                .body(Map.of("name", source, "config", ConnectorsResourceIT.fileSource(dir, "bad-" + id),
                        "initial_state", "STOPPED"))
                .when().post("/connectors").then().statusCode(201);

        // when a partition holds a nested map, then 400 with Apache's message
        Map<String, Object> body = offsetsBody(Map.of("filename", Map.of("x", 1)), Map.of("position", 1));
        given().contentType(ContentType.JSON).body(body).when().patch("/connectors/" + source + "/offsets")
                .then().statusCode(400).body("message", containsString("primitive types"));
        // and wrong JSON types are 400 too
        given().contentType(ContentType.JSON).body("{\"offsets\": \"x\"}").when().patch("/connectors/" + source + "/offsets")
                .then().statusCode(400).body("error_code", equalTo(400));
    }

    @Test
    void sinkOffsetsAreTheConsumerGroupsAndCanBeRewound() throws IOException {
        // given a file source feeding a file sink that consumed two records
        String topic = "sink-offsets-" + id;
        Files.writeString(dir.resolve("in.txt"), "one\ntwo\n");
        ConnectClient.create(source, ConnectorsResourceIT.fileSource(dir, topic));
        ConnectClient.create(sink, Map.of("connector.class", "io.tributary.plugins.file.FileStreamSinkConnector",
                "file", dir.resolve("out.txt").toString(), "topics", topic));
        Awaitility.await("sink offsets").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> Integer.valueOf(2).equals(given().when().get("/connectors/" + sink + "/offsets")
                        .jsonPath().get("offsets[0].offset.kafka_offset")));

        // when stopped and rewound to offset 1
        ConnectClient.put("/connectors/" + sink + "/stop", 204);
        ConnectClient.awaitState(sink, "STOPPED", 0);
        Map<String, Object> partition = Map.of("kafka_topic", topic, "kafka_partition", 0);
        given().contentType(ContentType.JSON).body(offsetsBody(partition, Map.of("kafka_offset", 1)))
                .when().patch("/connectors/" + sink + "/offsets").then().statusCode(200);

        // then the group's offset shows the rewind
        given().when().get("/connectors/" + sink + "/offsets")
                .then().body("offsets[0].partition.kafka_topic", equalTo(topic), "offsets[0].offset.kafka_offset", equalTo(1));
        // and a partition without kafka_partition is refused
        given().contentType(ContentType.JSON).body(offsetsBody(Map.of("kafka_topic", topic), Map.of("kafka_offset", 1)))
                .when().patch("/connectors/" + sink + "/offsets")
                .then().statusCode(400).body("message", containsString("kafka_partition"));
        // and a reset deletes the group's offsets
        given().when().delete("/connectors/" + sink + "/offsets").then().statusCode(200);
        given().when().get("/connectors/" + sink + "/offsets").then().body("offsets", hasSize(0));
    }
}

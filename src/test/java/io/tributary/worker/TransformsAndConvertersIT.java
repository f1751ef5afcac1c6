package io.tributary.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.tributary.testkit.ConnectClient;
import io.tributary.testkit.SharedBrokerResource;
import io.tributary.testkit.TopicReader;
import io.tributary.testkit.WorkerTestProfile;

/** SMT chains with predicates, and JsonConverter with schemas on and off, on real records. */
@QuarkusTest
@TestProfile(WorkerTestProfile.class)
@QuarkusTestResource(SharedBrokerResource.class)
class TransformsAndConvertersIT {

    private static final String SOURCE = "io.tributary.plugins.file.FileStreamSourceConnector";

    @TempDir
    Path dir;
    private final String id = UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void deleteConnectors() {
        List.of("smt-" + id, "json-" + id).forEach(ConnectClient::deleteQuietly);
    }

    private List<String> values(String topic, int count) {
        return TopicReader.read(topic, count, Duration.ofSeconds(60)).stream()
                .map(r -> new String(r.value(), StandardCharsets.UTF_8)).toList();
    }

    @Test
    void transformationChainAppliesOnlyWhereItsPredicateMatches() throws IOException {
        // given lines, and a chain: wrap each line in a struct, then add a field unless the topic matches
        Path input = dir.resolve("smt.txt");
        Files.writeString(input, "first\nsecond\n");
        String topic = "smt-" + id;
        Map<String, String> config = new HashMap<>(Map.of("connector.class", SOURCE, "file", input.toString(),
                "topic", topic, "value.converter", "org.apache.kafka.connect.json.JsonConverter",
                "value.converter.schemas.enable", "false", "transforms", "hoist,insert,route"));
        config.putAll(Map.of(
                "transforms.hoist.type", "org.apache.kafka.connect.transforms.HoistField$Value",
                "transforms.hoist.field", "line",
                "transforms.insert.type", "org.apache.kafka.connect.transforms.InsertField$Value",
                "transforms.insert.static.field", "origin",
                "transforms.insert.static.value", "tributary",
                "transforms.route.type", "org.apache.kafka.connect.transforms.RegexRouter",
                "transforms.route.regex", "(.*)",
                "transforms.route.replacement", "$1-routed",
                "transforms.route.predicate", "isOther",
                "transforms.route.negate", "true"));
        config.putAll(Map.of("predicates", "isOther",
                "predicates.isOther.type", "org.apache.kafka.connect.transforms.predicates.TopicNameMatches",
                "predicates.isOther.pattern", "other-.*"));

        // when the connector runs
        ConnectClient.create("smt-" + id, config);

        // then every record is wrapped and enriched, and routed because the negated predicate holds
        assertThat(values(topic + "-routed", 2)).containsExactly(
                "{\"line\":\"first\",\"origin\":\"tributary\"}",
                "{\"line\":\"second\",\"origin\":\"tributary\"}");
    }

    @Test
    void jsonConverterWritesSchemaEnvelopeWhenSchemasAreEnabled() throws IOException {
        // given a line and JsonConverter with schemas on
        Path input = dir.resolve("json.txt");
        Files.writeString(input, "hello\n");
        String topic = "json-" + id;

        // when the connector runs
        ConnectClient.create("json-" + id, Map.of("connector.class", SOURCE, "file", input.toString(),
                "topic", topic, "value.converter", "org.apache.kafka.connect.json.JsonConverter",
                "value.converter.schemas.enable", "true"));

        // then the value carries the schema envelope
        assertThat(values(topic, 1)).containsExactly(
                "{\"schema\":{\"type\":\"string\",\"optional\":false},\"payload\":\"hello\"}");
    }
}

package io.tributary.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.awaitility.Awaitility;
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

/** Files flow through REST-created file connectors, ours and Apache's own jar from plugin.path. */
@QuarkusTest
@TestProfile(WorkerTestProfile.class)
@QuarkusTestResource(SharedBrokerResource.class)
class FileConnectorsIT {

    private static final String OUR_SOURCE = "io.tributary.plugins.file.FileStreamSourceConnector";
    private static final String OUR_SINK = "io.tributary.plugins.file.FileStreamSinkConnector";
    private static final String STRING_CONVERTER = "org.apache.kafka.connect.storage.StringConverter";

    @TempDir
    Path dir;
    private final String id = UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void deleteConnectors() {
        List.of("source-" + id, "sink-" + id, "apache-" + id).forEach(ConnectClient::deleteQuietly);
    }

    @Test
    void hundredThousandLinesGoFromFileThroughTopicToFileByteIdentical() throws IOException {
        // given a file of 100,000 lines of varied length and content
        Path input = dir.resolve("input.txt");
        Files.writeString(input, IntStream.range(0, 100_000)
                .mapToObj(i -> "line " + i + " " + "x".repeat(i % 97) + " ü€")
                .collect(Collectors.joining("\n", "", "\n")), StandardCharsets.UTF_8);
        Path output = dir.resolve("output.txt");
        String topic = "file-copy-" + id;

        // when a source and a sink connector are created over REST
        ConnectClient.create("source-" + id, Map.of("connector.class", OUR_SOURCE, "file", input.toString(),
                "topic", topic, "value.converter", STRING_CONVERTER, "key.converter", STRING_CONVERTER));
        ConnectClient.create("sink-" + id, Map.of("connector.class", OUR_SINK, "file", output.toString(),
                "topics", topic, "value.converter", STRING_CONVERTER, "key.converter", STRING_CONVERTER));

        // then the output file becomes byte-identical to the input
        Awaitility.await("output equals input").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                .until(() -> Files.exists(output) && Files.size(output) >= Files.size(input));
        assertThat(Files.mismatch(input, output)).isEqualTo(-1L);
        ConnectClient.awaitState("source-" + id, "RUNNING", 1);
        ConnectClient.awaitState("sink-" + id, "RUNNING", 1);
    }

    @Test
    void apachesOwnFileConnectorRunsUnmodifiedFromPluginPath() throws IOException {
        // given a file and Apache's connect-file jar on plugin.path
        Path input = dir.resolve("apache.txt");
        Files.writeString(input, "alpha\nbeta\ngamma\n");
        String topic = "apache-file-" + id;

        // when Apache's FileStreamSourceConnector is created by its class name
        ConnectClient.create("apache-" + id, Map.of("connector.class",
                "org.apache.kafka.connect.file.FileStreamSourceConnector", "file", input.toString(), "topic", topic,
                "value.converter", STRING_CONVERTER));

        // then its records reach the topic
        var records = TopicReader.read(topic, 3, Duration.ofSeconds(60));
        assertThat(records).extracting(r -> new String(r.value(), StandardCharsets.UTF_8))
                .containsExactly("alpha", "beta", "gamma");
        ConnectClient.awaitState("apache-" + id, "RUNNING", 1);
    }
}

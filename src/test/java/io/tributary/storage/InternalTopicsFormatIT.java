package io.tributary.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
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

/**
 * What a connector created over REST leaves in the internal topics is byte for byte what Apache
 * Connect 4.3.1 writes for the same request (the expected strings were read from Apache's topics;
 * see the storage codec tests), so a cluster can move between the two.
 */
@QuarkusTest
@TestProfile(WorkerTestProfile.class)
@QuarkusTestResource(SharedBrokerResource.class)
class InternalTopicsFormatIT {

    @TempDir
    Path dir;
    private final String id = UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void deleteConnectors() {
        List.of("src", "offsets-" + id).forEach(ConnectClient::deleteQuietly);
    }

    private static Optional<String> latest(String topic, String key) {
        List<ConsumerRecord<byte[], byte[]>> records = TopicReader.read(topic, Integer.MAX_VALUE, Duration.ofSeconds(3));
        return records.stream().filter(r -> r.key() != null && new String(r.key(), StandardCharsets.UTF_8).equals(key))
                .reduce((first, second) -> second)
                .map(r -> r.value() == null ? null : new String(r.value(), StandardCharsets.UTF_8));
    }

    @Test
    void connectorTaskCommitAndTargetStateRecordsMatchApaches() {
        // given the request Apache's golden records came from, with Apache's connect-file on plugin.path
        Map<String, String> config = new LinkedHashMap<>();
        config.put("connector.class", "FileStreamSource");
        config.put("tasks.max", "1");
        config.put("file", "/tmp/ref-storage/in.txt");
        config.put("topic", "ref-out");

        // when it is created and paused
        ConnectClient.create("src", config);
        ConnectClient.put("/connectors/src/pause", 202);
        ConnectClient.awaitState("src", "PAUSED", 1);

        // then the config topic holds Apache's bytes
        assertThat(latest("connect-configs", "connector-src")).contains("{\"properties\":{\"connector.class\":"
                + "\"FileStreamSource\",\"tasks.max\":\"1\",\"file\":\"/tmp/ref-storage/in.txt\",\"topic\":\"ref-out\","
                + "\"name\":\"src\"}}");
        assertThat(latest("connect-configs", "task-src-0")).contains("{\"properties\":{\"connector.class\":"
                + "\"FileStreamSource\",\"file\":\"/tmp/ref-storage/in.txt\",\"task.class\":"
                + "\"org.apache.kafka.connect.file.FileStreamSourceTask\",\"tasks.max\":\"1\",\"name\":\"src\","
                + "\"topic\":\"ref-out\"}}");
        assertThat(latest("connect-configs", "commit-src")).contains("{\"tasks\":1}");
        assertThat(latest("connect-configs", "target-state-src")).contains("{\"state\":\"PAUSED\",\"state.v2\":\"PAUSED\"}");
    }

    @Test
    void sourceOffsetsAreStoredUnderApachesKeyAndValue() throws Exception {
        // given a file source that read two lines
        Path input = dir.resolve("offsets.txt");
        Files.writeString(input, "ab\ncd\n");
        String name = "offsets-" + id;
        ConnectClient.create(name, Map.of("connector.class", "FileStreamSource", "file", input.toString(),
                "topic", "offsets-" + id));

        // then the offsets topic gets ["name",{"filename":...}] → {"position":6}
        String key = "[\"" + name + "\",{\"filename\":\"" + input + "\"}]";
        Awaitility.await("offset committed").atMost(Duration.ofSeconds(30))
                .until(() -> latest("connect-offsets", key).filter("{\"position\":6}"::equals).isPresent());
    }
}

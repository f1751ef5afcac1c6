package io.tributary.storage.codec;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.tributary.storage.ConnectorTaskId;
import io.tributary.storage.TargetState;
import io.tributary.storage.codec.ConfigRecord.ConnectorConfig;
import io.tributary.storage.codec.ConfigRecord.Other;
import io.tributary.storage.codec.ConfigRecord.TargetStateChange;
import io.tributary.storage.codec.ConfigRecord.TaskConfig;
import io.tributary.storage.codec.ConfigRecord.TasksCommit;

/**
 * Golden bytes of the config topic. Every expected string below was read from the config topic of a
 * real Apache Kafka Connect 4.3.1 distributed worker (FileStreamSource/Sink connectors created, paused,
 * resumed, stopped, restarted and deleted through its REST API).
 */
class ConfigRecordCodecTest {

    // connector-src, as Apache wrote it for POST /connectors (properties in request order, "name" last)
    private static final String CONNECTOR_SRC = "{\"properties\":{\"connector.class\":\"FileStreamSource\","
            + "\"tasks.max\":\"1\",\"file\":\"/tmp/ref-storage/in.txt\",\"topic\":\"ref-out\",\"name\":\"src\"}}";
    // task-src-0 (properties in the HashMap order of Apache's task config)
    private static final String TASK_SRC_0 = "{\"properties\":{\"connector.class\":\"FileStreamSource\","
            + "\"file\":\"/tmp/ref-storage/in.txt\",\"task.class\":\"org.apache.kafka.connect.file.FileStreamSourceTask\","
            + "\"tasks.max\":\"1\",\"name\":\"src\",\"topic\":\"ref-out\"}}";

    @Test
    void encodesConnectorAndTaskConfigsAsApacheDoes() {
        // given the configurations in the order Apache held them
        Map<String, String> connector = orderedStrings("connector.class", "FileStreamSource", "tasks.max", "1",
                "file", "/tmp/ref-storage/in.txt", "topic", "ref-out", "name", "src");
        Map<String, String> task = orderedStrings("connector.class", "FileStreamSource", "file", "/tmp/ref-storage/in.txt",
                "task.class", "org.apache.kafka.connect.file.FileStreamSourceTask", "tasks.max", "1", "name", "src",
                "topic", "ref-out");
        // then keys and values are Apache's bytes
        assertThat(ConfigRecordCodec.keyBytes(ConfigRecordCodec.connectorKey("src"))).isEqualTo(bytes("connector-src"));
        assertThat(ConfigRecordCodec.encodeConfig(connector)).isEqualTo(bytes(CONNECTOR_SRC));
        assertThat(ConfigRecordCodec.taskKey(new ConnectorTaskId("src", 0))).isEqualTo("task-src-0");
        assertThat(ConfigRecordCodec.encodeConfig(task)).isEqualTo(bytes(TASK_SRC_0));
    }

    @Test
    void encodesCommitsAsApacheDoes() {
        assertThat(ConfigRecordCodec.commitKey("sink")).isEqualTo("commit-sink");
        assertThat(ConfigRecordCodec.encodeCommit(2)).isEqualTo(bytes("{\"tasks\":2}"));
        // a stopped connector publishes an empty set of tasks
        assertThat(ConfigRecordCodec.encodeCommit(0)).isEqualTo(bytes("{\"tasks\":0}"));
    }

    @Test
    void encodesTargetStatesWithLegacyFieldAsApacheDoes() {
        assertThat(ConfigRecordCodec.targetStateKey("src")).isEqualTo("target-state-src");
        assertThat(ConfigRecordCodec.encodeTargetState(TargetState.STARTED))
                .isEqualTo(bytes("{\"state\":\"STARTED\",\"state.v2\":\"STARTED\"}"));
        assertThat(ConfigRecordCodec.encodeTargetState(TargetState.PAUSED))
                .isEqualTo(bytes("{\"state\":\"PAUSED\",\"state.v2\":\"PAUSED\"}"));
        // STOPPED: older workers read PAUSED, newer ones state.v2
        assertThat(ConfigRecordCodec.encodeTargetState(TargetState.STOPPED))
                .isEqualTo(bytes("{\"state\":\"PAUSED\",\"state.v2\":\"STOPPED\"}"));
    }

    @Test
    void decodesApacheRecordsAndReEncodesThemToTheSameBytes() {
        // when Apache's records are decoded
        ConfigRecord connector = ConfigRecordCodec.decode("connector-src", bytes(CONNECTOR_SRC));
        ConfigRecord task = ConfigRecordCodec.decode("task-src-0", bytes(TASK_SRC_0));
        // then they carry the data, in the topic's order
        assertThat(connector).isInstanceOf(ConnectorConfig.class);
        assertThat(((ConnectorConfig) connector).properties()).containsEntry("name", "src").hasSize(5);
        assertThat(ConfigRecordCodec.encodeConfig(((ConnectorConfig) connector).properties())).isEqualTo(bytes(CONNECTOR_SRC));
        assertThat(task).isEqualTo(new TaskConfig(new ConnectorTaskId("src", 0), ((TaskConfig) task).properties()));
        assertThat(ConfigRecordCodec.encodeConfig(((TaskConfig) task).properties())).isEqualTo(bytes(TASK_SRC_0));
        assertThat(ConfigRecordCodec.decode("commit-src", bytes("{\"tasks\":1}"))).isEqualTo(new TasksCommit("src", 1));
    }

    @Test
    void decodesTargetStatesPreferringStateV2() {
        assertThat(ConfigRecordCodec.decode("target-state-src", bytes("{\"state\":\"PAUSED\",\"state.v2\":\"STOPPED\"}")))
                .isEqualTo(new TargetStateChange("src", TargetState.STOPPED));
        // a record from a worker before KIP-875 has only "state"
        assertThat(ConfigRecordCodec.decode("target-state-old", bytes("{\"state\":\"PAUSED\"}")))
                .isEqualTo(new TargetStateChange("old", TargetState.PAUSED));
        assertThat(ConfigRecordCodec.decode("target-state-sink", null)).isEqualTo(new TargetStateChange("sink", null));
    }

    @Test
    void decodesTombstonesAndNamesWithDashes() {
        assertThat(ConfigRecordCodec.decode("connector-sink", null)).isEqualTo(new ConnectorConfig("sink", null));
        assertThat(ConfigRecordCodec.decode("task-my-conn-12", bytes("{\"properties\":{}}")))
                .isEqualTo(new TaskConfig(new ConnectorTaskId("my-conn", 12), Map.of()));
    }

    @Test
    void decodesApacheRecordsItDoesNotModelWithoutFailing() {
        // given records Apache 4.3.1 wrote that Tributary's config store does not act on
        Map<String, String> records = orderedStrings(
                "session-key", "{\"key\":\"LkhWd24cdNGJpkPnUhdjNMtQUacp3hkxBk8Sktsxvuw=\",\"algorithm\":\"HmacSHA256\","
                        + "\"creation-timestamp\":1795506825314}",
                "restart-connector-stopped-one", "{\"include-tasks\":true,\"only-failed\":false}",
                "logger-cluster-org.apache.kafka.connect.file", "{\"level\":\"DEBUG\"}",
                "tasks-fencing-src", "{\"task-count\":1}",
                "task-src-x", "{\"properties\":{}}",
                "connector-broken", "not json");
        // then each decodes to Other
        records.forEach((key, value) ->
                assertThat(ConfigRecordCodec.decode(key, bytes(value))).isInstanceOf(Other.class));
    }

    static byte[] bytes(String s) {
        return s.getBytes(UTF_8);
    }

    static Map<String, String> orderedStrings(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}

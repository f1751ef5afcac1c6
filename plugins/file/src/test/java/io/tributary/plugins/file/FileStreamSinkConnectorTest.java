package io.tributary.plugins.file;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FileStreamSinkConnectorTest {

    private final FileStreamSinkConnector connector = new FileStreamSinkConnector();

    @Test
    void createsTasksMaxIdenticalTasks() {
        // given a started connector
        Map<String, String> props = new HashMap<>(Map.of("file", "/tmp/out.txt", "topics", "a,b"));
        connector.start(props);
        // when asked for three tasks
        List<Map<String, String>> configs = connector.taskConfigs(3);
        // then each gets every property
        assertThat(configs).hasSize(3).allSatisfy(c -> assertThat(c).isEqualTo(props));
        assertThat(connector.taskClass()).isEqualTo(FileStreamSinkTask.class);
        assertThat(connector.config().names()).containsExactly("file");
    }

    @Test
    void acceptsAnyOffsetChange() {
        assertThat(connector.alterOffsets(Map.of(), Map.of(new TopicPartition("t", 0), 5L))).isTrue();
    }

    @Test
    void reportsTheVersion() {
        assertThat(connector.version()).isEqualTo("0.1.0");
    }
}

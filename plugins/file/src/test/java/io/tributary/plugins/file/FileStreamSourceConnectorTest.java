package io.tributary.plugins.file;

import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.ConnectorTransactionBoundaries;
import org.apache.kafka.connect.source.ExactlyOnceSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.tributary.plugins.file.FileStreamSourceTask.FILENAME_FIELD;
import static io.tributary.plugins.file.FileStreamSourceTask.POSITION_FIELD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileStreamSourceConnectorTest {

    private static final String FILENAME = "/somefilename";

    private final FileStreamSourceConnector connector = new FileStreamSourceConnector();
    private Map<String, String> props;

    @BeforeEach
    void setUp() {
        props = new HashMap<>();
        props.put(FileStreamSourceConfig.TOPIC_CONFIG, "test");
        props.put(FileStreamSourceConfig.FILE_CONFIG, FILENAME);
    }

    @Test
    void validConfigurationHasNoErrorsAndApacheDefaults() {
        // when a valid configuration is validated
        List<ConfigValue> values = connector.config().validate(props);
        FileStreamSourceConfig config = new FileStreamSourceConfig(props);
        // then no key has errors and batch.size defaults to 2000
        assertThat(values).allSatisfy(v -> assertThat(v.errorMessages()).isEmpty());
        assertThat(config.batchSize()).isEqualTo(2000);
        assertThat(connector.config().names()).containsExactlyInAnyOrder("file", "topic", "batch.size");
    }

    @Test
    void missingBlankOrBadlyTypedSettingsAreConfigErrors() {
        // given each invalid variant, then start fails with ConfigException as Apache's does
        props.remove(FileStreamSourceConfig.TOPIC_CONFIG);
        assertThatThrownBy(() -> connector.start(props)).isInstanceOf(ConfigException.class);
        props.put(FileStreamSourceConfig.TOPIC_CONFIG, "   ");
        assertThatThrownBy(() -> connector.start(props)).isInstanceOf(ConfigException.class);
        props.put(FileStreamSourceConfig.TOPIC_CONFIG, "test");
        props.put(FileStreamSourceConfig.TASK_BATCH_SIZE_CONFIG, "abcd");
        assertThatThrownBy(() -> connector.start(props)).isInstanceOf(ConfigException.class);
    }

    @Test
    void topicIsOneStringAsInApache4() {
        // given a comma in topic: Apache 4.3.1 defines topic as STRING, so the config accepts it and
        // the producer rejects the invalid topic name later; we keep validate() answers identical
        props.put(FileStreamSourceConfig.TOPIC_CONFIG, "test1,test2");
        // when validated
        List<ConfigValue> values = connector.config().validate(props);
        // then there is no config error
        assertThat(values).allSatisfy(v -> assertThat(v.errorMessages()).isEmpty());
    }

    @Test
    void createsOneTaskWithAllConnectorProperties() {
        // given a connector with a transform configured
        props.put("transforms", "insert");
        connector.start(props);
        // when asked for up to two tasks
        List<Map<String, String>> configs = connector.taskConfigs(2);
        // then there is a single task with every property
        assertThat(configs).containsExactly(props);
        assertThat(connector.taskClass()).isEqualTo(FileStreamSourceTask.class);
    }

    @Test
    void exactlyOnceOnlyForAFile() {
        assertThat(connector.exactlyOnceSupport(props)).isEqualTo(ExactlyOnceSupport.SUPPORTED);
        props.put(FileStreamSourceConfig.FILE_CONFIG, " ");
        assertThat(connector.exactlyOnceSupport(props)).isEqualTo(ExactlyOnceSupport.UNSUPPORTED);
        props.remove(FileStreamSourceConfig.FILE_CONFIG);
        assertThat(connector.exactlyOnceSupport(props)).isEqualTo(ExactlyOnceSupport.UNSUPPORTED);
        assertThat(connector.canDefineTransactionBoundaries(props)).isEqualTo(ConnectorTransactionBoundaries.UNSUPPORTED);
    }

    @Test
    void alterOffsetsAcceptsValidOffsetsAndTombstones() {
        Map<Map<String, ?>, Map<String, ?>> offsets = new HashMap<>();
        offsets.put(Map.of(FILENAME_FIELD, FILENAME), Map.of(POSITION_FIELD, 10L));
        offsets.put(Map.of(FILENAME_FIELD, "/someotherfilename"), null);
        offsets.put(null, null);
        offsets.put(Map.of("garbage", "value"), null);
        assertThat(connector.alterOffsets(props, offsets)).isTrue();
        assertThat(connector.alterOffsets(props, Map.of())).isTrue();
    }

    @Test
    void alterOffsetsRejectsBadShapes() {
        assertThatThrownBy(() -> alter(Map.of(FILENAME_FIELD, FILENAME), Map.of("other", 0L)))
                .isInstanceOf(ConnectException.class).hasMessageContaining("'position'");
        assertThatThrownBy(() -> alter(Map.of("other", FILENAME), Map.of(POSITION_FIELD, 0L)))
                .isInstanceOf(ConnectException.class).hasMessageContaining("'filename'");
        assertThatThrownBy(() -> alter(null, Map.of(POSITION_FIELD, 0L)))
                .isInstanceOf(ConnectException.class).hasMessage("Partition objects cannot be null");
        for (Object bad : new Object[] {"nan", new Object(), 3.14, -420, "-420", 10, "10", -10L}) {
            assertThatThrownBy(() -> alter(Map.of(FILENAME_FIELD, FILENAME), Map.of(POSITION_FIELD, bad)))
                    .as("position %s", bad).isInstanceOf(ConnectException.class);
        }
        assertThatThrownBy(() -> alter(Map.of(FILENAME_FIELD, FILENAME), Collections.singletonMap(POSITION_FIELD, null)))
                .isInstanceOf(ConnectException.class);
    }

    @Test
    void alterOffsetsIsRefusedForStdin() {
        props.remove(FileStreamSourceConfig.FILE_CONFIG);
        assertThatThrownBy(() -> alter(Map.of(FILENAME_FIELD, FILENAME), Map.of(POSITION_FIELD, 0L)))
                .isInstanceOf(ConnectException.class).hasMessageContaining("stdin");
    }

    @Test
    void reportsTheVersion() {
        assertThat(connector.version()).isEqualTo("0.1.0");
    }

    private boolean alter(Map<String, ?> partition, Map<String, ?> offset) {
        return connector.alterOffsets(props, Collections.singletonMap(partition, offset));
    }
}

package io.tributary.plugins.file;

import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.sink.SinkConnector;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Sink connector that appends the value of every record, one per line, to a file (or to standard
 * output).
 *
 * <p>A drop-in for Apache's {@code org.apache.kafka.connect.file.FileStreamSinkConnector} 4.3.1:
 * same configuration ({@link FileStreamSinkConfig}), {@code tasks.max} identical tasks (which all
 * append to the same file), offsets kept by the runtime's consumer group only, so
 * {@link #alterOffsets} accepts any change.
 */
public final class FileStreamSinkConnector extends SinkConnector {

    private static final System.Logger LOG = System.getLogger(FileStreamSinkConnector.class.getName());

    private Map<String, String> props;

    public FileStreamSinkConnector() {
        // required by Connect
    }

    @Override
    public String version() {
        return Version.get();
    }

    @Override
    public void start(Map<String, String> props) {
        FileStreamSinkConfig config = new FileStreamSinkConfig(props);
        this.props = props;
        String target = config.file() == null ? "standard output" : config.file();
        LOG.log(System.Logger.Level.INFO, "Starting file sink connector writing to {0}", target);
    }

    @Override
    public Class<? extends Task> taskClass() {
        return FileStreamSinkTask.class;
    }

    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        // A mutable list, as Apache returns, in case the runtime adds per-task properties.
        return new ArrayList<>(Collections.nCopies(maxTasks, props));
    }

    @Override
    public void stop() {
        // nothing to release: the connector has no background work
    }

    @Override
    public ConfigDef config() {
        return FileStreamSinkConfig.CONFIG_DEF;
    }

    @Override
    public boolean alterOffsets(Map<String, String> connectorConfig, Map<TopicPartition, Long> offsets) {
        // The file holds no offsets of its own, so any consumer-group offset is acceptable.
        return true;
    }
}

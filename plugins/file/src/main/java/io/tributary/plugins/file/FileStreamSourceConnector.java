package io.tributary.plugins.file;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.ExactlyOnceSupport;
import org.apache.kafka.connect.source.SourceConnector;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.tributary.plugins.file.FileStreamSourceTask.FILENAME_FIELD;
import static io.tributary.plugins.file.FileStreamSourceTask.POSITION_FIELD;

/**
 * Source connector that streams the lines of one file (or of standard input) into one topic.
 *
 * <p>A drop-in for Apache's {@code org.apache.kafka.connect.file.FileStreamSourceConnector}
 * 4.3.1: same configuration ({@link FileStreamSourceConfig}), one task whatever
 * {@code tasks.max} says, the same source partition {@code {"filename": file}} and offset
 * {@code {"position": bytes}}, exactly-once support when reading a file, and the same validation
 * in {@link #alterOffsets}. Offsets written by either implementation resume in the other.
 *
 * <p>Lifecycle: {@link #start} validates the configuration, {@link #taskConfigs} hands the same
 * properties to the single task, {@link #stop} has nothing to release.
 */
public final class FileStreamSourceConnector extends SourceConnector {

    private static final System.Logger LOG = System.getLogger(FileStreamSourceConnector.class.getName());

    private Map<String, String> props;

    public FileStreamSourceConnector() {
        // required by Connect
    }

    @Override
    public String version() {
        return Version.get();
    }

    @Override
    public void start(Map<String, String> props) {
        // Parsing here makes a bad topic or batch.size fail the connector, not just its task.
        FileStreamSourceConfig config = new FileStreamSourceConfig(props);
        this.props = props;
        String source = config.file() == null ? "standard input" : config.file();
        LOG.log(System.Logger.Level.INFO, "Starting file source connector reading from {0}", source);
    }

    @Override
    public Class<? extends Task> taskClass() {
        return FileStreamSourceTask.class;
    }

    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        // One input stream can only be read in order by one task. All connector properties are
        // passed on so that changes to transforms or converters reach the task (KAFKA-13809).
        List<Map<String, String>> configs = new ArrayList<>(1);
        configs.add(props);
        return configs;
    }

    @Override
    public void stop() {
        // nothing to release: the connector has no background work
    }

    @Override
    public ConfigDef config() {
        return FileStreamSourceConfig.CONFIG_DEF;
    }

    @Override
    public ExactlyOnceSupport exactlyOnceSupport(Map<String, String> props) {
        // A file that is only appended to can be re-read from a committed byte position; standard
        // input cannot be re-read and its offsets are not even tracked.
        return new FileStreamSourceConfig(props).file() != null
                ? ExactlyOnceSupport.SUPPORTED
                : ExactlyOnceSupport.UNSUPPORTED;
    }

    @Override
    public boolean alterOffsets(Map<String, String> connectorConfig, Map<Map<String, ?>, Map<String, ?>> offsets) {
        if (new FileStreamSourceConfig(connectorConfig).file() == null) {
            throw new ConnectException("Offsets cannot be modified if the '" + FileStreamSourceConfig.FILE_CONFIG
                    + "' configuration is unspecified. This is because stdin is used for input and offsets are not tracked.");
        }
        // Partitions of earlier configurations (other files) may be present as well, so each entry
        // is checked for shape only; the task checks the position against the file on start.
        for (Map.Entry<Map<String, ?>, Map<String, ?>> entry : offsets.entrySet()) {
            if (entry.getValue() != null) {
                checkOffset(entry.getValue());
                checkPartition(entry.getKey());
            }
            // a null offset is a tombstone: always allowed, so that garbage can be cleaned up
        }
        return true;
    }

    private static void checkOffset(Map<String, ?> offset) {
        if (!offset.containsKey(POSITION_FIELD)) {
            throw new ConnectException("Offset objects should either be null or contain the key '" + POSITION_FIELD + "'");
        }
        Object position = offset.get(POSITION_FIELD);
        if (!(position instanceof Long)) {
            throw new ConnectException("The value for the '" + POSITION_FIELD + "' key in the offset is expected to be a Long value");
        }
        if ((Long) position < 0) {
            throw new ConnectException("The value for the '" + POSITION_FIELD + "' key in the offset should be a non-negative value");
        }
    }

    private static void checkPartition(Map<String, ?> partition) {
        if (partition == null) {
            throw new ConnectException("Partition objects cannot be null");
        }
        if (!partition.containsKey(FILENAME_FIELD)) {
            throw new ConnectException("Partition objects should contain the key '" + FILENAME_FIELD + "'");
        }
    }
}

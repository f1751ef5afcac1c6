package io.tributary.plugins.file;

import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;

import java.util.Map;

/**
 * Configuration of {@link FileStreamSourceConnector} and its task.
 *
 * <p>Keys, types, defaults and validation are those of Apache's {@code connect-file} 4.3.1, so a
 * connector configuration written for {@code org.apache.kafka.connect.file.FileStreamSourceConnector}
 * works unchanged: {@code file} (absent or blank means standard input), {@code topic} (required,
 * non-blank, one topic) and {@code batch.size} (default 2000).
 */
public final class FileStreamSourceConfig extends AbstractConfig {

    public static final String FILE_CONFIG = "file";
    public static final String TOPIC_CONFIG = "topic";
    public static final String TASK_BATCH_SIZE_CONFIG = "batch.size";
    public static final int DEFAULT_TASK_BATCH_SIZE = 2000;

    public static final ConfigDef CONFIG_DEF = new ConfigDef()
            .define(FILE_CONFIG, Type.STRING, null, Importance.HIGH,
                    "Source filename. If not specified, the standard input will be used")
            .define(TOPIC_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(),
                    Importance.HIGH, "The topic to publish data to")
            .define(TASK_BATCH_SIZE_CONFIG, Type.INT, DEFAULT_TASK_BATCH_SIZE, Importance.LOW,
                    "The maximum number of records the source task can read from the file each time it is polled");

    /**
     * Parses and validates the properties.
     *
     * @throws org.apache.kafka.common.config.ConfigException if {@code topic} is missing or blank,
     *         or {@code batch.size} is not an int
     */
    public FileStreamSourceConfig(Map<?, ?> props) {
        super(CONFIG_DEF, props, false);
    }

    /** The file to read, or {@code null} for standard input (ConfigDef trims, so blank means stdin). */
    public String file() {
        String file = getString(FILE_CONFIG);
        return file == null || file.isEmpty() ? null : file;
    }

    public String topic() {
        return getString(TOPIC_CONFIG);
    }

    public int batchSize() {
        return getInt(TASK_BATCH_SIZE_CONFIG);
    }
}

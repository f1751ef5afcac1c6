package io.tributary.plugins.file;

import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;

import java.util.Map;

/**
 * Configuration of {@link FileStreamSinkConnector} and its tasks.
 *
 * <p>As in Apache's {@code connect-file} 4.3.1 the only key of its own is {@code file} (absent or
 * blank means standard output); {@code topics} and {@code topics.regex} belong to the runtime.
 */
public final class FileStreamSinkConfig extends AbstractConfig {

    public static final String FILE_CONFIG = "file";

    public static final ConfigDef CONFIG_DEF = new ConfigDef()
            .define(FILE_CONFIG, Type.STRING, null, Importance.HIGH,
                    "Destination filename. If not specified, the standard output will be used");

    public FileStreamSinkConfig(Map<?, ?> props) {
        super(CONFIG_DEF, props, false);
    }

    /** The file to append to, or {@code null} for standard output. */
    public String file() {
        String file = getString(FILE_CONFIG);
        return file == null || file.isEmpty() ? null : file;
    }
}

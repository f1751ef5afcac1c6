package io.tributary.testkit.plugins;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;

/**
 * A test plugin whose task emits {@code fail.after} records to {@code topic} and then throws
 * from {@code poll()}, to prove that a failing task goes FAILED without harming anything else. With
 * {@code fail.when.file} it emits nothing and throws once that file exists instead, so that a test
 * decides when it fails.
 */
public final class FailingSourceConnector extends TestSourceConnector {

    public FailingSourceConnector() {
        // required by Connect
    }

    @Override
    public Class<? extends Task> taskClass() {
        return FailingTask.class;
    }

    @Override
    public ConfigDef config() {
        return new ConfigDef()
                .define("topic", ConfigDef.Type.STRING, ConfigDef.Importance.HIGH, "Topic to write to")
                .define("fail.after", ConfigDef.Type.INT, 3, ConfigDef.Importance.LOW, "Records before failing")
                .define("fail.when.file", ConfigDef.Type.STRING, null, ConfigDef.Importance.LOW,
                        "Fail once this file exists, without records; unset: count records instead");
    }

    /** Emits a few records, then fails. */
    public static final class FailingTask extends SourceTask {
        private String topic;
        private int remaining;
        private Path failWhen;

        public FailingTask() {
            // required by Connect
        }

        @Override
        public void start(Map<String, String> props) {
            topic = props.get("topic");
            remaining = Integer.parseInt(props.getOrDefault("fail.after", "3"));
            String file = props.get("fail.when.file");
            failWhen = file == null ? null : Path.of(file);
        }

        @Override
        public List<SourceRecord> poll() throws InterruptedException {
            if (failWhen != null) {
                if (!Files.exists(failWhen)) {
                    Thread.sleep(20); // poll() may block a little; no busy loop while waiting for the file
                    return null;
                }
                throw new ConnectException("Failing on purpose: " + failWhen + " exists");
            }
            if (remaining-- <= 0) {
                throw new ConnectException("Failing on purpose after the configured records");
            }
            return List.of(new SourceRecord(Map.of("p", 0), Map.of("o", remaining), topic, Schema.STRING_SCHEMA,
                    "record-" + remaining));
        }

        @Override
        public void stop() {
        }

        @Override
        public String version() {
            return "1.0";
        }
    }
}

package io.tributary.testkit.plugins;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;

/**
 * A test plugin whose task emits {@code count} records to {@code topic} and overrides
 * {@code commitRecord(record, metadata)}, keeping every call in {@link #COMMITTED} by topic, so a
 * test sees which records the runtime handed back and with which Kafka offsets.
 */
public final class CommitRecordingSourceConnector extends TestSourceConnector {

    /** The Kafka offsets passed to {@code commitRecord}, per topic, in call order; -1 for no metadata. */
    public static final Map<String, Queue<Long>> COMMITTED = new ConcurrentHashMap<>();

    public CommitRecordingSourceConnector() {
        // required by Connect
    }

    @Override
    public Class<? extends Task> taskClass() {
        return RecordingTask.class;
    }

    @Override
    public ConfigDef config() {
        return new ConfigDef()
                .define("topic", ConfigDef.Type.STRING, ConfigDef.Importance.HIGH, "Topic to write to")
                .define("count", ConfigDef.Type.INT, 10, ConfigDef.Importance.LOW, "Records to emit");
    }

    /** Emits the records in batches of 100, then idles. */
    public static final class RecordingTask extends SourceTask {
        private String topic;
        private int next;
        private int count;

        public RecordingTask() {
            // required by Connect
        }

        @Override
        public void start(Map<String, String> props) {
            topic = props.get("topic");
            count = Integer.parseInt(props.getOrDefault("count", "10"));
            COMMITTED.putIfAbsent(topic, new ConcurrentLinkedQueue<>());
        }

        @Override
        public List<SourceRecord> poll() throws InterruptedException {
            if (next >= count) {
                Thread.sleep(20);
                return null;
            }
            List<SourceRecord> batch = new ArrayList<>();
            for (int i = 0; i < 100 && next < count; i++, next++) {
                batch.add(new SourceRecord(Map.of("p", 0), Map.of("o", next), topic, Schema.STRING_SCHEMA,
                        "record-" + next));
            }
            return batch;
        }

        @Override
        public void commitRecord(SourceRecord record, RecordMetadata metadata) {
            COMMITTED.get(topic).add(metadata == null ? -1L : metadata.offset());
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

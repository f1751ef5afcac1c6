package io.tributary.storage.codec;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;

import io.tributary.storage.ConnectorTaskId;
import io.tributary.storage.TargetState;
import io.tributary.storage.codec.ConfigRecord.ConnectorConfig;
import io.tributary.storage.codec.ConfigRecord.Other;
import io.tributary.storage.codec.ConfigRecord.TargetStateChange;
import io.tributary.storage.codec.ConfigRecord.TaskConfig;
import io.tributary.storage.codec.ConfigRecord.TasksCommit;

/**
 * The records of the config topic, byte for byte as Apache Kafka Connect 4.3.1 writes them. Keys are
 * plain UTF-8 strings (Apache builds them by hand so that no converter change can ever alter them);
 * values are JSON from a {@code JsonConverter} with {@code schemas.enable=false}, fields in struct order:
 *
 * <pre>
 * connector-NAME           {"properties":{"k":"v",...}}          (null value: connector deleted)
 * task-NAME-N              {"properties":{"k":"v",...}}          (N = 0-based task number)
 * commit-NAME              {"tasks":N}
 * target-state-NAME        {"state":"PAUSED","state.v2":"STOPPED"} (null value: with the connector's tombstone)
 * tasks-fencing-NAME       {"task-count":N}                       (exactly-once source; not modelled)
 * session-key              {"key":"base64","algorithm":"HmacSHA256","creation-timestamp":millis}
 * restart-connector-NAME   {"include-tasks":true,"only-failed":false}
 * logger-cluster-NAMESPACE {"level":"DEBUG"}
 * </pre>
 *
 * <p>Why {@code commit-NAME} exists: Kafka has no atomic multi-record write outside transactions, and
 * task configurations must be applied as a set (two tasks must never be assigned the same source
 * partition from half an old and half a new set). So the writer sends each {@code task-NAME-N}, then a
 * {@code commit-NAME} with the task count, and readers buffer task records until the commit arrives.
 * A commit whose tasks 0..N-1 were not all read (compaction removed older task records, or a writer
 * died mid-way) leaves the connector <em>inconsistent</em> until the next complete commit.
 *
 * <p>Why {@code target-state} has two fields: workers older than KIP-875 know only STARTED and PAUSED,
 * so STOPPED is written as {@code "state":"PAUSED"} plus {@code "state.v2":"STOPPED"}; readers prefer
 * {@code state.v2} and fall back on {@code state}.
 */
public final class ConfigRecordCodec {

    public static final String CONNECTOR_PREFIX = "connector-";
    public static final String TASK_PREFIX = "task-";
    public static final String COMMIT_PREFIX = "commit-";
    public static final String TARGET_STATE_PREFIX = "target-state-";

    // Apache's CONNECTOR_CONFIGURATION_V0 (also TASK_CONFIGURATION_V0), CONNECTOR_TASKS_COMMIT_V0 and TARGET_STATE_V1.
    private static final Schema CONFIGURATION_V0 = SchemaBuilder.struct()
            .field("properties", SchemaBuilder.map(Schema.STRING_SCHEMA, Schema.OPTIONAL_STRING_SCHEMA).build())
            .build();
    private static final Schema TASKS_COMMIT_V0 = SchemaBuilder.struct()
            .field("tasks", Schema.INT32_SCHEMA)
            .build();
    private static final Schema TARGET_STATE_V1 = SchemaBuilder.struct()
            .field("state", Schema.STRING_SCHEMA)
            .field("state.v2", Schema.OPTIONAL_STRING_SCHEMA)
            .build();

    private ConfigRecordCodec() {
    }

    public static String connectorKey(String connector) {
        return CONNECTOR_PREFIX + connector;
    }

    public static String taskKey(ConnectorTaskId task) {
        return TASK_PREFIX + task.connector() + "-" + task.task();
    }

    public static String commitKey(String connector) {
        return COMMIT_PREFIX + connector;
    }

    public static String targetStateKey(String connector) {
        return TARGET_STATE_PREFIX + connector;
    }

    /** Key bytes as Apache's {@code StringSerializer} writes them. */
    public static byte[] keyBytes(String key) {
        return key.getBytes(StandardCharsets.UTF_8);
    }

    /** The value of {@code connector-NAME} and of {@code task-NAME-N}. */
    public static byte[] encodeConfig(Map<String, String> properties) {
        Struct struct = new Struct(CONFIGURATION_V0).put("properties", properties);
        return InternalConverter.VALUES.serialize(CONFIGURATION_V0, struct);
    }

    public static byte[] encodeCommit(int tasks) {
        return InternalConverter.VALUES.serialize(TASKS_COMMIT_V0, new Struct(TASKS_COMMIT_V0).put("tasks", tasks));
    }

    public static byte[] encodeTargetState(TargetState state) {
        // Workers before KIP-875 cannot parse STOPPED; PAUSED is the closest state they know.
        String legacy = state == TargetState.STOPPED ? TargetState.PAUSED.name() : state.name();
        Struct struct = new Struct(TARGET_STATE_V1).put("state", legacy).put("state.v2", state.name());
        return InternalConverter.VALUES.serialize(TARGET_STATE_V1, struct);
    }

    /**
     * Decodes one config topic record. Never throws for malformed or unknown records: they come back as
     * {@link Other} with the reason, so one bad record cannot stop a worker from reading the topic.
     */
    public static ConfigRecord decode(String key, byte[] value) {
        Object data;
        try {
            data = InternalConverter.VALUES.deserialize(value);
        } catch (RuntimeException e) {
            return new Other(key, "value is not JSON: " + e.getMessage());
        }
        if (key.startsWith(TARGET_STATE_PREFIX)) {
            return decodeTargetState(key, key.substring(TARGET_STATE_PREFIX.length()), data);
        } else if (key.startsWith(CONNECTOR_PREFIX)) {
            String connector = key.substring(CONNECTOR_PREFIX.length());
            return data == null ? new ConnectorConfig(connector, null) : decodeConnector(key, connector, data);
        } else if (key.startsWith(TASK_PREFIX)) {
            return decodeTask(key, data);
        } else if (key.startsWith(COMMIT_PREFIX)) {
            return decodeCommit(key, key.substring(COMMIT_PREFIX.length()), data);
        }
        return new Other(key, Other.NOT_MODELLED);
    }

    private static ConfigRecord decodeConnector(String key, String connector, Object data) {
        Map<String, String> properties = properties(data);
        return properties == null ? new Other(key, "no properties map") : new ConnectorConfig(connector, properties);
    }

    private static ConfigRecord decodeTask(String key, Object data) {
        ConnectorTaskId id = parseTaskId(key.substring(TASK_PREFIX.length()));
        if (id == null) {
            return new Other(key, "not a task key");
        }
        // Apache never writes task tombstones and ignores them when it reads one.
        Map<String, String> properties = data == null ? null : properties(data);
        return properties == null ? new Other(key, "no properties map") : new TaskConfig(id, properties);
    }

    private static ConfigRecord decodeCommit(String key, String connector, Object data) {
        Object tasks = field(data, "tasks");
        return tasks instanceof Number count
                ? new TasksCommit(connector, count.intValue())
                : new Other(key, "no task count");
    }

    private static ConfigRecord decodeTargetState(String key, String connector, Object data) {
        if (data == null) {
            return new TargetStateChange(connector, null);
        }
        Object state = field(data, "state.v2");
        if (!(state instanceof String)) {
            state = field(data, "state"); // written by a worker older than KIP-875
        }
        try {
            return new TargetStateChange(connector, TargetState.valueOf((String) state));
        } catch (IllegalArgumentException | NullPointerException | ClassCastException e) {
            return new Other(key, "invalid target state " + state);
        }
    }

    /** Parses {@code NAME-N} (connector names may themselves contain dashes). */
    static ConnectorTaskId parseTaskId(String nameAndTask) {
        int dash = nameAndTask.lastIndexOf('-');
        if (dash <= 0) {
            return null;
        }
        try {
            return new ConnectorTaskId(nameAndTask.substring(0, dash), Integer.parseInt(nameAndTask.substring(dash + 1)));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Object field(Object data, String name) {
        return data instanceof Map<?, ?> map ? map.get(name) : null;
    }

    private static Map<String, String> properties(Object data) {
        if (!(field(data, "properties") instanceof Map<?, ?> raw)) {
            return null;
        }
        Map<String, String> properties = new LinkedHashMap<>();
        raw.forEach((k, v) -> properties.put(String.valueOf(k), v == null ? null : String.valueOf(v)));
        return properties;
    }
}

package io.tributary.storage.codec;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;

import io.tributary.storage.ConnectorState;
import io.tributary.storage.ConnectorTaskId;
import io.tributary.storage.Status;

/**
 * The records of the status topic, byte for byte as Apache Kafka Connect 4.3.1 writes them. Keys are
 * UTF-8 strings, values JSON from a {@code JsonConverter} with schemas disabled, fields in this order:
 *
 * <pre>
 * status-connector-NAME  {"state":"RUNNING","trace":null,"worker_id":"host:port","generation":2,"version":"4.3.1"}
 * status-task-NAME-N     {"state":"FAILED","trace":"...stack trace...","worker_id":"host:port","generation":3,"version":null}
 * status-topic-TOPIC:connector-NAME  {"topic":{"name":..,"connector":..,"task":0,"discoverTimestamp":..}} (KIP-558; not modelled)
 * </pre>
 *
 * A null value (tombstone) removes the status; Apache writes one per connector and task when a connector
 * is deleted. {@code generation} is the herder's group generation at the time of writing, so that a
 * reader can tell an old worker's late write from a current one. {@code version} is the plugin version
 * (added in Apache 4.x; older records lack it, which decodes as null).
 */
public final class StatusRecordCodec {

    public static final String CONNECTOR_PREFIX = "status-connector-";
    public static final String TASK_PREFIX = "status-task-";
    public static final String TOPIC_PREFIX = "status-topic-";

    // Apache's STATUS_SCHEMA_V0 as 4.3.1 writes it, with the optional plugin version last.
    private static final Schema STATUS_V0 = SchemaBuilder.struct()
            .field("state", Schema.STRING_SCHEMA)
            .field("trace", Schema.OPTIONAL_STRING_SCHEMA)
            .field("worker_id", Schema.STRING_SCHEMA)
            .field("generation", Schema.INT32_SCHEMA)
            .field("version", Schema.OPTIONAL_STRING_SCHEMA)
            .build();

    private StatusRecordCodec() {
    }

    /** The key of a connector's status ({@code status.task() == null}) or of a task's. */
    public static String key(Status status) {
        return status.isTask()
                ? taskKey(new ConnectorTaskId(status.connector(), status.task()))
                : connectorKey(status.connector());
    }

    public static String connectorKey(String connector) {
        return CONNECTOR_PREFIX + connector;
    }

    public static String taskKey(ConnectorTaskId task) {
        return TASK_PREFIX + task.connector() + "-" + task.task();
    }

    public static byte[] keyBytes(String key) {
        return key.getBytes(StandardCharsets.UTF_8);
    }

    /** The value of a status; DESTROYED is written as a tombstone (null), as Apache does. */
    public static byte[] encode(Status status) {
        if (status.state() == ConnectorState.DESTROYED) {
            return null;
        }
        Struct struct = new Struct(STATUS_V0)
                .put("state", status.state().name())
                .put("trace", status.trace())
                .put("worker_id", status.workerId())
                .put("generation", status.generation())
                .put("version", status.version());
        return InternalConverter.VALUES.serialize(STATUS_V0, struct);
    }

    /**
     * What a status key names: a connector ({@code task == null}), a task, or nothing we model (null),
     * such as the KIP-558 topic records.
     */
    public static Subject parseKey(String key) {
        if (key.startsWith(CONNECTOR_PREFIX)) {
            String connector = key.substring(CONNECTOR_PREFIX.length());
            return connector.isEmpty() ? null : new Subject(connector, null);
        }
        if (key.startsWith(TASK_PREFIX)) {
            ConnectorTaskId id = ConfigRecordCodec.parseTaskId(key.substring(TASK_PREFIX.length()));
            return id == null ? null : new Subject(id.connector(), id.task());
        }
        return null;
    }

    /**
     * Decodes a non-null status value for the connector or task its key named, or returns null when the
     * value is malformed (Apache skips such records).
     */
    public static Status decode(Subject id, byte[] value) {
        try {
            if (!(InternalConverter.VALUES.deserialize(value) instanceof Map<?, ?> map)) {
                return null;
            }
            ConnectorState state = ConnectorState.valueOf((String) map.get("state"));
            int generation = ((Number) map.get("generation")).intValue();
            return new Status(id.connector(), id.task(), state, (String) map.get("trace"),
                    (String) map.get("worker_id"), generation, (String) map.get("version"));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The subject of a status record: a connector ({@code task} null) or one of its tasks. */
    public record Subject(String connector, Integer task) {
    }
}

package io.tributary.storage.codec;

import java.util.Map;

import io.tributary.storage.ConnectorTaskId;
import io.tributary.storage.TargetState;

/**
 * One decoded record of the config topic, as {@link ConfigRecordCodec#decode} returns it. Records we
 * do not model (session keys, fencing, restart requests, cluster logger levels) decode to
 * {@link Other} so that a topic written by Apache Connect reads without failing.
 */
public sealed interface ConfigRecord {

    /** {@code connector-NAME}: a connector's configuration; null {@code properties} = deleted. */
    record ConnectorConfig(String connector, Map<String, String> properties) implements ConfigRecord {
    }

    /** {@code task-NAME-N}: one task's configuration, applied only when its commit is read. */
    record TaskConfig(ConnectorTaskId task, Map<String, String> properties) implements ConfigRecord {
    }

    /** {@code commit-NAME}: publishes the connector's task configurations 0..tasks-1. */
    record TasksCommit(String connector, int tasks) implements ConfigRecord {
    }

    /** {@code target-state-NAME}: what the user asked the connector to be; null state = tombstone. */
    record TargetStateChange(String connector, TargetState state) implements ConfigRecord {
    }

    /** Any other key (Apache's records we do not act on, or a malformed one), with the reason. */
    record Other(String key, String reason) implements ConfigRecord {

        /** The reason of Apache's records that are valid but not acted on here. */
        public static final String NOT_MODELLED = "not modelled";

        /** True for a malformed record, false for a valid one we simply do not act on. */
        public boolean malformed() {
            return !NOT_MODELLED.equals(reason);
        }
    }
}

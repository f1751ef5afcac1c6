package io.tributary.storage.kafka;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.tributary.storage.ClusterConfigState;
import io.tributary.storage.TargetState;
import io.tributary.storage.codec.ConfigRecord;
import io.tributary.storage.codec.ConfigRecord.ConnectorConfig;
import io.tributary.storage.codec.ConfigRecord.TargetStateChange;
import io.tributary.storage.codec.ConfigRecord.TaskConfig;
import io.tributary.storage.codec.ConfigRecord.TasksCommit;

/**
 * The state that the config topic's records build up, applied in topic order with Apache's rules:
 * task configurations wait in a per-connector buffer until {@code commit-NAME} publishes them, a commit
 * whose tasks 0..N-1 were not all read marks the connector inconsistent (no task configurations until the
 * next complete commit), and a connector tombstone drops its task configurations. A target state may
 * arrive before its connector (a connector created STOPPED), so target states are kept per name.
 *
 * <p>Thread-safe: applied on the log's reader thread, read by snapshot callers.
 */
final class ConfigTopicState {

    /** What a record changed, for the store's listener. */
    record Change(String connector, boolean removed) {
    }

    private final Map<String, Map<String, String>> connectorConfigs = new LinkedHashMap<>();
    private final Map<String, TargetState> targetStates = new HashMap<>();
    private final Map<String, List<Map<String, String>>> taskConfigs = new HashMap<>();
    private final Map<String, Map<Integer, Map<String, String>>> deferredTasks = new HashMap<>();
    private final Set<String> inconsistent = new HashSet<>();
    // volatile so that version() needs no lock; written last in apply(), after the change it counts
    private volatile long offset = -1;
    private ClusterConfigState cached; // guarded by this; dropped by every record applied

    /**
     * Applies one record read at {@code recordOffset}; returns what changed for the listener, or null.
     */
    synchronized Change apply(ConfigRecord record, long recordOffset) {
        Change change = applyRecord(record);
        cached = null;
        offset = recordOffset + 1; // as Apache: the position after the last record read
        return change;
    }

    /** The offset of the state: it grows with every record applied, without a lock or a snapshot copy. */
    long version() {
        return offset;
    }

    private Change applyRecord(ConfigRecord record) {
        if (record instanceof ConnectorConfig config) {
            return applyConnector(config);
        } else if (record instanceof TaskConfig task) {
            deferredTasks.computeIfAbsent(task.task().connector(), name -> new HashMap<>())
                    .put(task.task().task(), task.properties());
            return null;
        } else if (record instanceof TasksCommit commit) {
            return applyCommit(commit);
        } else if (record instanceof TargetStateChange change) {
            return applyTargetState(change);
        }
        return null;
    }

    /**
     * The snapshot of the current offset: a snapshot copies every configuration, and a request that
     * changes nothing (most of them) would otherwise pay for that copy several times over.
     */
    synchronized ClusterConfigState snapshot() {
        if (cached == null) {
            cached = buildSnapshot();
        }
        return cached;
    }

    private ClusterConfigState buildSnapshot() {
        Map<String, List<Map<String, String>>> published = new HashMap<>();
        taskConfigs.forEach((connector, tasks) -> {
            if (connectorConfigs.containsKey(connector) && !inconsistent.contains(connector)) {
                published.put(connector, tasks);
            }
        });
        Map<String, TargetState> states = new HashMap<>();
        connectorConfigs.keySet().forEach(name -> states.put(name, targetStates.getOrDefault(name, TargetState.STARTED)));
        // unmodifiable: the snapshot is shared by every caller until the next record
        return new ClusterConfigState(offset, Collections.unmodifiableMap(new LinkedHashMap<>(connectorConfigs)),
                Collections.unmodifiableMap(states), Collections.unmodifiableMap(published));
    }

    /** Connectors whose last commit found an incomplete set of task configurations. */
    synchronized Set<String> inconsistent() {
        return Set.copyOf(inconsistent);
    }

    private Change applyConnector(ConnectorConfig config) {
        String connector = config.connector();
        if (config.properties() == null) {
            boolean existed = connectorConfigs.remove(connector) != null;
            taskConfigs.remove(connector);
            deferredTasks.remove(connector);
            inconsistent.remove(connector);
            return existed ? new Change(connector, true) : null;
        }
        connectorConfigs.put(connector, config.properties());
        return new Change(connector, false);
    }

    private Change applyCommit(TasksCommit commit) {
        String connector = commit.connector();
        Map<Integer, Map<String, String>> deferred = deferredTasks.remove(connector);
        List<Map<String, String>> tasks = new ArrayList<>(commit.tasks());
        for (int task = 0; task < commit.tasks(); task++) {
            Map<String, String> config = deferred == null ? null : deferred.get(task);
            if (config == null) {
                // compaction removed a task record, or its writer died mid-way: wait for a complete commit
                inconsistent.add(connector);
                taskConfigs.remove(connector);
                return connectorConfigs.containsKey(connector) ? new Change(connector, false) : null;
            }
            tasks.add(config);
        }
        inconsistent.remove(connector);
        taskConfigs.put(connector, List.copyOf(tasks));
        return connectorConfigs.containsKey(connector) ? new Change(connector, false) : null;
    }

    private Change applyTargetState(TargetStateChange change) {
        String connector = change.connector();
        if (change.state() == null) {
            // written with the connector's tombstone, which is what tells the listener
            targetStates.remove(connector);
            return null;
        }
        TargetState previous = targetStates.put(connector, change.state());
        boolean changed = previous != change.state();
        return changed && connectorConfigs.containsKey(connector) ? new Change(connector, false) : null;
    }
}

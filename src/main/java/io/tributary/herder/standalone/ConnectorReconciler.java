package io.tributary.herder.standalone;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.tributary.config.SinkConnectorConfig;
import io.tributary.storage.ClusterConfigState;
import io.tributary.storage.ConfigStore;
import io.tributary.storage.ConnectorTaskId;
import io.tributary.storage.StatusStore;
import io.tributary.storage.TargetState;
import io.tributary.worker.ConnectorCallbacks;
import io.tributary.worker.Worker;

/**
 * Brings what runs on the worker in line with the config topic, one connector at a time:
 * configuration changes restart the connector, target states move it and its tasks, task
 * configurations are regenerated when the connector's answer changed. Idempotent, so it can run
 * after every write and after every record read back. Runs on the herder thread only.
 */
final class ConnectorReconciler {

    private final ConfigStore configStore;
    private final StatusStore statusStore;
    private final Worker worker;
    private final ConnectorCallbacks callbacks;
    private final Map<String, Map<String, String>> runningConfigs = new HashMap<>();
    private final Map<ConnectorTaskId, Map<String, String>> runningTaskConfigs = new HashMap<>();
    /** Per connector, the config store version of the last reconcile that completed. */
    private final Map<String, Long> reconciledAt = new HashMap<>();

    ConnectorReconciler(ConfigStore configStore, StatusStore statusStore, Worker worker, ConnectorCallbacks callbacks) {
        this.configStore = configStore;
        this.statusStore = statusStore;
        this.worker = worker;
        this.callbacks = callbacks;
    }

    /**
     * Reconciles the connector for a change read from the config topic, unless a reconcile already completed
     * with a snapshot at least as new: the herder reconciles right after each of its own writes, which it
     * reads back first, so the change its write triggers was nearly always handled already.
     */
    void reconcileChanged(String name) {
        Long done = reconciledAt.get(name);
        if (done == null || done < configStore.version()) {
            reconcile(name);
        }
    }

    void reconcile(String name) {
        long version = configStore.version(); // read before the snapshot, which is then at least as new
        ClusterConfigState state = configStore.snapshot();
        Map<String, String> config = state.connectorConfig(name);
        if (config == null) {
            reconciledAt.remove(name);
            if (runningConfigs.remove(name) != null) {
                stopTasks(name, null);
                worker.stopConnector(name);
                statusStore.remove(name);
            }
            return;
        }
        TargetState target = state.targetState(name);
        if (!config.equals(runningConfigs.get(name))) {
            stopTasks(name, null);
            worker.startConnector(name, config, target, callbacks);
            runningConfigs.put(name, config);
        } else {
            worker.setConnectorTargetState(name, target);
        }
        if (target == TargetState.STARTED) {
            regenerateTaskConfigs(name);
        } else if (target == TargetState.STOPPED && !state.taskConfigs(name).isEmpty()) {
            // KIP-875: a stopped connector has no tasks, so that offsets can be changed safely.
            configStore.putTaskConfigs(name, List.of());
        }
        reconcileTasks(name, configStore.snapshot(), target);
        // recorded once done, with the version it started from: a reconcile that failed half-way is not
        // skipped later, and a change read while this one ran is still reconciled
        reconciledAt.put(name, version);
    }

    /** Asks the running connector for its task configurations and publishes them when they changed. */
    void regenerateTaskConfigs(String name) {
        if (!worker.isRunning(name)) {
            return;
        }
        Map<String, String> connectorConfig = configStore.snapshot().connectorConfig(name);
        List<Map<String, String>> generated = withRuntimeKeys(name, connectorConfig, worker.connectorTaskConfigs(name));
        if (!generated.equals(configStore.snapshot().taskConfigs(name)) && worker.isRunning(name)) {
            configStore.putTaskConfigs(name, generated);
        }
    }

    /** Apache adds {@code task.class} (and a sink's topic subscription) to every task configuration. */
    private List<Map<String, String>> withRuntimeKeys(String name, Map<String, String> connectorConfig,
                                                      List<Map<String, String>> configs) {
        String taskClass = worker.taskClassName(name);
        List<Map<String, String>> result = new ArrayList<>();
        for (Map<String, String> config : configs) {
            Map<String, String> copy = new HashMap<>(config);
            if (taskClass != null) {
                copy.put("task.class", taskClass);
            }
            for (String key : List.of(SinkConnectorConfig.TOPICS, SinkConnectorConfig.TOPICS_REGEX)) {
                if (worker.isSink(name) && connectorConfig.containsKey(key)) {
                    copy.put(key, connectorConfig.get(key));
                }
            }
            // Apache copies each task configuration twice into a HashMap (the worker adds task.class, the
            // herder then copies it again when it reverse-transforms config provider values); the second
            // copy sizes the table for the full key set. Doing the same gives the same iteration order and
            // so the same bytes in the config topic.
            result.add(java.util.Collections.unmodifiableMap(new HashMap<>(copy)));
        }
        return result;
    }

    private void reconcileTasks(String name, ClusterConfigState state, TargetState target) {
        List<Map<String, String>> desired = target == TargetState.STOPPED ? List.of() : state.taskConfigs(name);
        List<ConnectorTaskId> obsolete = new ArrayList<>();
        for (ConnectorTaskId id : worker.taskIds(name)) {
            Map<String, String> running = runningTaskConfigs.get(id);
            if (id.task() >= desired.size() || !desired.get(id.task()).equals(running)) {
                obsolete.add(id);
            }
        }
        stopTasks(name, obsolete);
        for (int task = 0; task < desired.size(); task++) {
            ConnectorTaskId id = new ConnectorTaskId(name, task);
            if (!runningTaskConfigs.containsKey(id)) {
                runningTaskConfigs.put(id, desired.get(task));
                worker.startTask(id, desired.get(task), target);
            } else {
                worker.setTaskTargetState(id, target);
            }
        }
    }

    /** Stops the given tasks of a connector, or all of them when {@code ids} is null. */
    void stopTasks(String name, List<ConnectorTaskId> ids) {
        List<ConnectorTaskId> stopping = ids != null ? ids : new ArrayList<>(worker.taskIds(name));
        worker.stopTasks(stopping);
        stopping.forEach(runningTaskConfigs::remove);
    }

    /** Restarts the given tasks with their current configurations. */
    void restartTasks(String name, List<ConnectorTaskId> ids) {
        stopTasks(name, ids);
        ClusterConfigState state = configStore.snapshot();
        reconcileTasks(name, state, state.targetState(name));
    }

    /**
     * Restarts the connector instance alone, keeping its tasks, as Apache's connector restart does;
     * the tasks change only if the restarted connector generates other task configurations.
     */
    void restartConnector(String name) {
        ClusterConfigState state = configStore.snapshot();
        Map<String, String> config = state.connectorConfig(name);
        if (config == null) {
            return;
        }
        worker.startConnector(name, config, state.targetState(name), callbacks);
        runningConfigs.put(name, config);
        reconcile(name);
    }
}

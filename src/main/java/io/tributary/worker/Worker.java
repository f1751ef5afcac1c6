package io.tributary.worker;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.apache.kafka.connect.connector.Connector;

import io.tributary.config.ConnectorConfig;
import io.tributary.config.WorkerConfig;
import io.tributary.isolation.PluginDesc;
import io.tributary.isolation.PluginType;
import io.tributary.isolation.Plugins;
import io.tributary.logging.TributaryLog;
import io.tributary.storage.ConnectorState;
import io.tributary.storage.ConnectorTaskId;
import io.tributary.storage.OffsetStore;
import io.tributary.storage.TargetState;
import io.tributary.worker.metrics.ConnectMetrics;
import io.tributary.worker.source.TaskOffsetReader;
import io.tributary.worker.task.WorkerTask;

/**
 * Owns the connectors and tasks the herder assigned to this worker. Next in a record's journey:
 * {@link io.tributary.worker.source.WorkerSourceTask} and {@link io.tributary.worker.sink.WorkerSinkTask}.
 *
 * <p>Called by the herder on its own thread; tasks run on their own threads.
 */
public final class Worker implements AutoCloseable {

    private final WorkerConfig config;
    private final Plugins plugins;
    private final OffsetStore offsetStore;
    private final StatusReporter status;
    private final TaskFactory taskFactory;
    private final ConnectorOffsetsService offsets;
    private final ScheduledExecutorService committer;
    private final ConnectMetrics metrics = new ConnectMetrics();
    private final Map<String, WorkerConnector> connectors = new ConcurrentHashMap<>();
    private final Map<ConnectorTaskId, WorkerTask> tasks = new ConcurrentHashMap<>();

    public Worker(WorkerConfig config, Plugins plugins, ClientConfigs clients, OffsetStore offsetStore,
                  StatusReporter status) {
        this.config = config;
        this.plugins = plugins;
        this.offsetStore = offsetStore;
        this.status = status;
        this.committer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "source-offset-committer");
            thread.setDaemon(true);
            return thread;
        });
        this.taskFactory = new TaskFactory(config, plugins, clients, offsetStore, status, committer, metrics);
        this.offsets = new ConnectorOffsetsService(plugins, offsetStore, clients);
    }

    public Plugins plugins() {
        return plugins;
    }

    public StatusReporter status() {
        return status;
    }

    /** Reads and changes connectors' offsets (KIP-875). */
    public ConnectorOffsetsService offsets() {
        return offsets;
    }

    /**
     * Creates the connector and moves it to its target state. A connector that cannot be created
     * or started is reported FAILED; this never throws for connector code.
     */
    public void startConnector(String name, Map<String, String> props, TargetState target,
                               ConnectorCallbacks callbacks) {
        stopConnector(name);
        String connectorClass = props.get(ConnectorConfig.CONNECTOR_CLASS);
        status.pluginVersion(name, connectorClass == null ? null
                : plugins.find(connectorClass, PluginType.SOURCE, PluginType.SINK).map(PluginDesc::version).orElse(null));
        status.connectorStateChanged(name, ConnectorState.UNASSIGNED, null);
        WorkerConnector connector;
        try {
            Connector instance = plugins.newInstance(connectorClass, Connector.class, PluginType.SOURCE,
                    PluginType.SINK);
            connector = new WorkerConnector(name, instance, props, status, callbacks,
                    new TaskOffsetReader(name, offsetStore), metrics.forConnector(name));
        } catch (Throwable e) {
            TributaryLog.LOG.connectorFailed(name, e);
            status.connectorStateChanged(name, ConnectorState.FAILED, e);
            return;
        }
        connectors.put(name, connector);
        connector.transitionTo(target);
    }

    public boolean isRunning(String connector) {
        WorkerConnector worker = connectors.get(connector);
        return worker != null && worker.isRunning();
    }

    /** The running connector's task configurations; empty when it is not running. */
    public List<Map<String, String>> connectorTaskConfigs(String name) {
        WorkerConnector connector = connectors.get(name);
        if (connector == null || !connector.isRunning()) {
            return List.of();
        }
        ConnectorConfig config = new ConnectorConfig(connector.config());
        try {
            List<Map<String, String>> configs = connector.taskConfigs(config.tasksMax(),
                    config.getBoolean(ConnectorConfig.TASKS_MAX_ENFORCE));
            return configs.stream().map(Map::copyOf).toList();
        } catch (Throwable e) {
            connector.fail(e);
            return List.of();
        }
    }

    /** The class name of the connector's tasks, or null when it is not running here. */
    public String taskClassName(String name) {
        WorkerConnector connector = connectors.get(name);
        return connector == null ? null : connector.connector().taskClass().getName();
    }

    public boolean isSink(String name) {
        WorkerConnector connector = connectors.get(name);
        return connector != null && connector.isSink();
    }

    public void setConnectorTargetState(String name, TargetState state) {
        WorkerConnector connector = connectors.get(name);
        if (connector != null) {
            connector.transitionTo(state);
        }
    }

    public void stopConnector(String name) {
        WorkerConnector connector = connectors.remove(name);
        if (connector != null) {
            connector.shutdown();
        }
    }

    /** Starts one task of a connector running here; a task that cannot be built is reported FAILED. */
    public void startTask(ConnectorTaskId id, Map<String, String> taskConfig, TargetState state) {
        WorkerConnector connector = connectors.get(id.connector());
        if (connector == null || tasks.containsKey(id)) {
            return;
        }
        try {
            WorkerTask task = taskFactory.create(id, connector, taskConfig, state);
            tasks.put(id, task);
            task.start();
        } catch (Throwable e) {
            TributaryLog.LOG.taskFailed(id.toString(), e);
            status.onStateChange(id, ConnectorState.FAILED, e);
        }
    }

    public void setTaskTargetState(ConnectorTaskId id, TargetState state) {
        WorkerTask task = tasks.get(id);
        if (task != null) {
            task.transitionTo(state);
        }
    }

    /** The ids of this connector's tasks running here, in task order. */
    public Set<ConnectorTaskId> taskIds(String connector) {
        Set<ConnectorTaskId> ids = new TreeSet<>();
        tasks.keySet().forEach(id -> {
            if (id.connector().equals(connector)) {
                ids.add(id);
            }
        });
        return ids;
    }

    /**
     * Stops the tasks and waits up to {@code task.shutdown.graceful.timeout.ms} for all of them
     * together; tasks that did not make it are cancelled.
     */
    public void stopTasks(Collection<ConnectorTaskId> ids) {
        List<WorkerTask> stopping = new ArrayList<>();
        for (ConnectorTaskId id : ids) {
            WorkerTask task = tasks.remove(id);
            if (task != null) {
                task.stop();
                stopping.add(task);
            }
        }
        long deadline = System.currentTimeMillis() + config.taskShutdownGracefulTimeoutMs();
        for (WorkerTask task : stopping) {
            if (!task.awaitStop(Math.max(0, deadline - System.currentTimeMillis()))) {
                TributaryLog.LOG.taskCancelled(task.id().toString(), config.taskShutdownGracefulTimeoutMs());
                task.cancel();
            }
        }
    }

    @Override
    public void close() {
        stopTasks(new ArrayList<>(tasks.keySet()));
        new ArrayList<>(connectors.keySet()).forEach(this::stopConnector);
        committer.shutdownNow();
        offsets.close();
        metrics.close();
    }
}

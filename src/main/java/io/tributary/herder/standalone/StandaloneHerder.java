package io.tributary.herder.standalone;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.tributary.herder.ConfigInfos;
import io.tributary.herder.ConnectorInfo;
import io.tributary.herder.ConnectorOffset;
import io.tributary.herder.ConnectorStatusView;
import io.tributary.herder.ConnectorType;
import io.tributary.herder.ConnectorValidator;
import io.tributary.herder.Created;
import io.tributary.herder.Herder;
import io.tributary.herder.HerderException;
import io.tributary.herder.OffsetRequests;
import io.tributary.herder.PluginConfigs;
import io.tributary.herder.PluginListing;
import io.tributary.herder.RestartPlan;
import io.tributary.herder.TaskConfig;
import io.tributary.herder.ViewVersion;
import io.tributary.isolation.PluginDesc;
import io.tributary.isolation.PluginType;
import io.tributary.logging.Loggers;
import io.tributary.storage.ClusterConfigState;
import io.tributary.storage.ConfigStore;
import io.tributary.storage.ConnectorState;
import io.tributary.storage.ConnectorTaskId;
import io.tributary.storage.Status;
import io.tributary.storage.StatusStore;
import io.tributary.storage.TargetState;
import io.tributary.worker.ConnectorCallbacks;
import io.tributary.worker.Worker;

/**
 * The herder of a single worker: every connector runs here. Unlike Apache's standalone mode it
 * keeps connector configurations in the config topic, so connectors created over REST survive a
 * restart. All work happens on one herder thread, which serialises changes.
 */
public final class StandaloneHerder implements Herder, ConfigStore.Listener, ConnectorCallbacks {

    private final ConfigStore configStore;
    private final StatusStore statusStore;
    private final Worker worker;
    private final ConnectorValidator validator;
    private final ConnectorReconciler reconciler;
    private final OffsetRequests offsetRequests;
    private final ExecutorService herderThread = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "herder");
        thread.setDaemon(true);
        return thread;
    });

    public StandaloneHerder(ConfigStore configStore, StatusStore statusStore, Worker worker,
                            ConnectorValidator validator) {
        this.configStore = configStore;
        this.statusStore = statusStore;
        this.worker = worker;
        this.validator = validator;
        this.reconciler = new ConnectorReconciler(configStore, statusStore, worker, this);
        this.offsetRequests = new OffsetRequests(worker.offsets());
    }

    @Override
    public void start() {
        configStore.setListener(this);
        onHerderThread(() -> {
            configStore.snapshot().connectors().forEach(reconciler::reconcile);
            return null;
        }).await().indefinitely();
    }

    @Override
    public void stop() {
        herderThread.execute(worker::close);
        herderThread.shutdown();
        try {
            herderThread.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private <T> Uni<T> onHerderThread(Callable<T> work) {
        return Uni.createFrom().item(() -> {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).runSubscriptionOn(herderThread);
    }

    @Override
    public void onConnectorChange(String connector) {
        herderThread.execute(() -> reconciler.reconcileChanged(connector));
    }

    @Override
    public void onConnectorRemoved(String connector) {
        herderThread.execute(() -> reconciler.reconcileChanged(connector));
    }

    @Override
    public void requestTaskReconfiguration(String connector) {
        herderThread.execute(() -> reconciler.reconcile(connector));
    }

    @Override
    public Uni<List<String>> connectors() {
        return onHerderThread(() -> new ArrayList<>(configStore.snapshot().connectors()));
    }

    @Override
    public Uni<ConnectorInfo> connectorInfo(String name) {
        return onHerderThread(() -> info(existing(name), name));
    }

    @Override
    public Uni<Map<String, String>> connectorConfig(String name) {
        return onHerderThread(() -> existing(name).connectorConfig(name));
    }

    @Override
    public Uni<Created<ConnectorInfo>> putConnectorConfig(String name, Map<String, String> config,
                                                          TargetState initialState, boolean allowReplace) {
        return onHerderThread(() -> {
            boolean exists = configStore.snapshot().contains(name);
            if (exists && !allowReplace) {
                throw HerderException.conflict("Connector " + name + " already exists");
            }
            validator.requireValid(config);
            configStore.putConnectorConfig(name, config, exists ? null : initialState);
            reconciler.reconcile(name);
            return new Created<>(!exists, info(configStore.snapshot(), name));
        });
    }

    @Override
    public Uni<ConnectorInfo> patchConnectorConfig(String name, Map<String, String> patch) {
        return onHerderThread(() -> {
            Map<String, String> merged = new LinkedHashMap<>(existing(name).connectorConfig(name));
            patch.forEach((key, value) -> {
                if (value == null) {
                    merged.remove(key);
                } else {
                    merged.put(key, value);
                }
            });
            validator.requireValid(merged);
            configStore.putConnectorConfig(name, merged, null);
            reconciler.reconcile(name);
            return info(configStore.snapshot(), name);
        });
    }

    @Override
    public Uni<ConnectorInfo> deleteConnector(String name) {
        return onHerderThread(() -> {
            ConnectorInfo info = info(existing(name), name);
            configStore.removeConnectorConfig(name);
            reconciler.reconcile(name);
            worker.status().activeTopics().reset(name);
            return info;
        });
    }

    @Override
    public Uni<ConnectorStatusView> connectorStatus(String name) {
        return onHerderThread(() -> status(existing(name), name));
    }

    @Override
    public Uni<Map<String, ConnectorStatusView>> connectorStatuses() {
        return onHerderThread(() -> {
            ClusterConfigState state = configStore.snapshot();
            Map<String, ConnectorStatusView> statuses = new LinkedHashMap<>();
            state.connectors().forEach(name -> statuses.put(name, status(state, name)));
            return statuses;
        });
    }

    @Override
    public Uni<Map<String, ConnectorInfo>> connectorInfos() {
        return onHerderThread(() -> {
            ClusterConfigState state = configStore.snapshot();
            Map<String, ConnectorInfo> infos = new LinkedHashMap<>();
            state.connectors().forEach(name -> infos.put(name, info(state, name)));
            return infos;
        });
    }

    @Override
    public ViewVersion viewVersion() {
        // Both stores count a change once their reads show it, and every write of this herder completes only
        // after that (the config store reads its record back), so no request completes before its change is
        // counted. Plugins and the worker id, which the views also use, do not change while running.
        return new ViewVersion(configStore.version(), statusStore.version());
    }

    @Override
    public Uni<Status> taskStatus(ConnectorTaskId id) {
        return onHerderThread(() -> {
            ClusterConfigState state = existing(id.connector());
            if (id.task() < 0 || id.task() >= state.taskConfigs(id.connector()).size()) {
                throw HerderException.notFound("No status found for task " + id);
            }
            return taskStatusOrUnassigned(state, id);
        });
    }

    @Override
    public Uni<List<TaskConfig>> taskConfigs(String name) {
        return onHerderThread(() -> {
            List<Map<String, String>> configs = existing(name).taskConfigs(name);
            List<TaskConfig> result = new ArrayList<>();
            for (int task = 0; task < configs.size(); task++) {
                result.add(new TaskConfig(new ConnectorTaskId(name, task), configs.get(task)));
            }
            return result;
        });
    }

    @Override
    public Uni<Void> setTargetState(String name, TargetState state) {
        return onHerderThread(() -> {
            existing(name);
            configStore.putTargetState(name, state);
            reconciler.reconcile(name);
            return null;
        });
    }

    @Override
    public Uni<ConnectorStatusView> restartConnector(String name, boolean includeTasks, boolean onlyFailed) {
        return onHerderThread(() -> {
            RestartPlan plan = RestartPlan.of(status(existing(name), name), includeTasks, onlyFailed);
            if (plan.restartConnector()) {
                reconciler.restartConnector(name);
            }
            if (!plan.tasks().isEmpty()) {
                reconciler.restartTasks(name, plan.tasks());
            }
            return plan.restartingStatus();
        });
    }

    @Override
    public Uni<Void> restartTask(ConnectorTaskId id) {
        return onHerderThread(() -> {
            ClusterConfigState state = existing(id.connector());
            if (id.task() < 0 || id.task() >= state.taskConfigs(id.connector()).size()) {
                throw HerderException.notFound("Task " + id + " not found");
            }
            reconciler.restartTasks(id.connector(), List.of(id));
            return null;
        });
    }

    @Override
    public Uni<ConfigInfos> validateConnectorConfig(Map<String, String> config) {
        // Off the herder thread, as in Apache: validation reads no herder state, and a connector whose
        // validate() hangs must not stall every other request.
        return Uni.createFrom().item(() -> validator.validate(config))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    @Override
    public Uni<List<PluginDesc>> plugins(boolean connectorsOnly) {
        return onHerderThread(() -> PluginListing.of(worker.plugins(), connectorsOnly));
    }

    @Override
    public Uni<List<ConnectorOffset>> connectorOffsets(String name) {
        return onHerderThread(() -> offsetRequests.offsets(existing(name), name));
    }

    @Override
    public Uni<String> alterConnectorOffsets(String name, List<ConnectorOffset> offsets) {
        return onHerderThread(() -> offsetRequests.alter(existing(name), name, offsets));
    }

    @Override
    public Uni<String> resetConnectorOffsets(String name) {
        return onHerderThread(() -> offsetRequests.reset(existing(name), name));
    }

    @Override
    public Uni<SortedSet<String>> connectorActiveTopics(String name) {
        return onHerderThread(() -> {
            existing(name);
            return worker.status().activeTopics().topics(name);
        });
    }

    @Override
    public Uni<Void> resetConnectorActiveTopics(String name) {
        return onHerderThread(() -> {
            existing(name);
            worker.status().activeTopics().reset(name);
            return null;
        });
    }

    @Override
    public Uni<Void> setClusterLoggerLevel(String namespace, String level) {
        // A standalone worker is the whole cluster: the level applies here.
        return onHerderThread(() -> {
            Loggers.jvm().setLevel(namespace, level);
            return null;
        });
    }

    @Override
    public Uni<List<ConfigInfos.ConfigKeyInfo>> pluginConfig(String plugin) {
        return onHerderThread(() -> PluginConfigs.of(worker.plugins(), plugin));
    }

    private ClusterConfigState existing(String name) {
        ClusterConfigState state = configStore.snapshot();
        if (!state.contains(name)) {
            throw HerderException.notFound("Connector " + name + " not found");
        }
        return state;
    }

    private ConnectorInfo info(ClusterConfigState state, String name) {
        List<ConnectorTaskId> tasks = new ArrayList<>();
        for (int task = 0; task < state.taskConfigs(name).size(); task++) {
            tasks.add(new ConnectorTaskId(name, task));
        }
        return new ConnectorInfo(name, state.connectorConfig(name), tasks, type(state.connectorConfig(name)));
    }

    private ConnectorStatusView status(ClusterConfigState state, String name) {
        Status connector = statusStore.connectorStatus(name);
        if (connector == null) {
            connector = Status.connector(name, ConnectorState.UNASSIGNED, null, worker.status().workerId(), 0);
        }
        if (connector.version() == null) {
            connector = connector.withVersion(pluginVersion(state.connectorConfig(name)));
        }
        List<Status> tasks = new ArrayList<>();
        for (int task = 0; task < state.taskConfigs(name).size(); task++) {
            tasks.add(taskStatusOrUnassigned(state, new ConnectorTaskId(name, task)));
        }
        return new ConnectorStatusView(name, connector, tasks, type(state.connectorConfig(name)));
    }

    /** Takes the caller's snapshot: a listing asks for every task, and a snapshot copies every configuration. */
    private Status taskStatusOrUnassigned(ClusterConfigState state, ConnectorTaskId id) {
        Status status = statusStore.taskStatus(id);
        if (status == null) {
            status = Status.task(id, ConnectorState.UNASSIGNED, null, worker.status().workerId(), 0);
        }
        return status.version() != null ? status
                : status.withVersion(pluginVersion(state.connectorConfig(id.connector())));
    }

    /** The version of the connector's plugin, for statuses written before the worker knew it. */
    private String pluginVersion(Map<String, String> config) {
        String connectorClass = config == null ? null : config.get("connector.class");
        return connectorClass == null ? null : worker.plugins()
                .find(connectorClass.trim(), PluginType.SOURCE, PluginType.SINK).map(PluginDesc::version).orElse(null);
    }

    /** The connector's type from its plugin; unknown when the plugin is not installed here. */
    ConnectorType type(Map<String, String> config) {
        String connectorClass = config == null ? null : config.get("connector.class");
        if (connectorClass == null) {
            return ConnectorType.UNKNOWN;
        }
        return worker.plugins().find(connectorClass.trim(), PluginType.SOURCE, PluginType.SINK)
                .map(plugin -> plugin.type() == PluginType.SINK ? ConnectorType.SINK : ConnectorType.SOURCE)
                .orElse(ConnectorType.UNKNOWN);
    }
}

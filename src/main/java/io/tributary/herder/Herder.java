package io.tributary.herder;

import java.util.List;
import java.util.Map;

import io.smallrye.common.annotation.CheckReturnValue;
import io.smallrye.mutiny.Uni;
import io.tributary.isolation.PluginDesc;
import io.tributary.storage.ConnectorTaskId;
import io.tributary.storage.Status;
import io.tributary.storage.TargetState;

/**
 * Decides what runs where and serialises every change to connectors. The REST layer calls it; it
 * writes changes to the config store and applies them to the {@link io.tributary.worker.Worker}
 * once read back. Next in a record's journey: {@link io.tributary.worker.Worker}.
 *
 * <p>Every method returns at once with a {@link Uni} completed on the herder's own thread, so no
 * caller blocks the event loop. Failures are {@link HerderException}s carrying Apache's status.
 *
 * <p>Lifecycle: {@link #start()} (reads the stores, starts the stored connectors), requests,
 * {@link #stop()}.
 */
public interface Herder {

    void start();

    void stop();

    @CheckReturnValue
    Uni<List<String>> connectors();

    @CheckReturnValue
    Uni<ConnectorInfo> connectorInfo(String name);

    @CheckReturnValue
    Uni<Map<String, String>> connectorConfig(String name);

    /**
     * Creates or (with {@code allowReplace}) updates a connector after validating its
     * configuration; {@code initialState} applies to a new connector only (KIP-980).
     */
    @CheckReturnValue
    Uni<Created<ConnectorInfo>> putConnectorConfig(String name, Map<String, String> config, TargetState initialState,
                                                   boolean allowReplace);

    /** Merges {@code patch} into the configuration; null values remove keys (KIP-477). */
    @CheckReturnValue
    Uni<ConnectorInfo> patchConnectorConfig(String name, Map<String, String> patch);

    @CheckReturnValue
    Uni<ConnectorInfo> deleteConnector(String name);

    @CheckReturnValue
    Uni<ConnectorStatusView> connectorStatus(String name);

    @CheckReturnValue
    Uni<Status> taskStatus(ConnectorTaskId id);

    @CheckReturnValue
    Uni<List<TaskConfig>> taskConfigs(String name);

    @CheckReturnValue
    Uni<Void> setTargetState(String name, TargetState state);

    /** Restarts the connector (and, as asked, its tasks); returns the status right after. */
    @CheckReturnValue
    Uni<ConnectorStatusView> restartConnector(String name, boolean includeTasks, boolean onlyFailed);

    @CheckReturnValue
    Uni<Void> restartTask(ConnectorTaskId id);

    @CheckReturnValue
    Uni<ConfigInfos> validateConnectorConfig(Map<String, String> config);

    /** Installed plugins; connectors only unless {@code connectorsOnly} is false. */
    @CheckReturnValue
    Uni<List<PluginDesc>> plugins(boolean connectorsOnly);

    /** The configuration keys of an installed plugin, by class name or alias. */
    @CheckReturnValue
    Uni<List<ConfigInfos.ConfigKeyInfo>> pluginConfig(String plugin);
}

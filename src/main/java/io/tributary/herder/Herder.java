package io.tributary.herder;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;

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

    /**
     * Every connector's status in one herder turn, in listing order: what
     * {@code GET /connectors?expand=status} shows, without a turn per connector.
     */
    @CheckReturnValue
    Uni<Map<String, ConnectorStatusView>> connectorStatuses();

    /** Every connector's info in one herder turn, in listing order ({@code ?expand=info}). */
    @CheckReturnValue
    Uni<Map<String, ConnectorInfo>> connectorInfos();

    /**
     * The version of what {@link #connectors()}, {@link #connectorStatuses()} and {@link #connectorInfos()}
     * answer. A change is counted before the request that made it completes, and a status reported by a
     * task as soon as the status store has it, so a listing built at a version read before building it
     * stays correct until the version moves. Answers at once on the caller's thread, without a herder turn.
     */
    ViewVersion viewVersion();

    @CheckReturnValue
    Uni<Status> taskStatus(ConnectorTaskId id);

    @CheckReturnValue
    Uni<List<TaskConfig>> taskConfigs(String name);

    @CheckReturnValue
    Uni<Void> setTargetState(String name, TargetState state);

    /**
     * Restarts the connector and, as asked, its tasks (KIP-745); returns the status Apache answers:
     * what restarts shows RESTARTING, the rest its state before.
     */
    @CheckReturnValue
    Uni<ConnectorStatusView> restartConnector(String name, boolean includeTasks, boolean onlyFailed);

    @CheckReturnValue
    Uni<Void> restartTask(ConnectorTaskId id);

    @CheckReturnValue
    Uni<ConfigInfos> validateConnectorConfig(Map<String, String> config);

    /** Installed plugins; connectors only unless {@code connectorsOnly} is false. */
    @CheckReturnValue
    Uni<List<PluginDesc>> plugins(boolean connectorsOnly);

    /** The connector's committed offsets (KIP-875). */
    @CheckReturnValue
    Uni<List<ConnectorOffset>> connectorOffsets(String name);

    /** Alters the offsets of a STOPPED connector (null offsets remove); answers Apache's message. */
    @CheckReturnValue
    Uni<String> alterConnectorOffsets(String name, List<ConnectorOffset> offsets);

    /** Removes every offset of a STOPPED connector; answers Apache's message. */
    @CheckReturnValue
    Uni<String> resetConnectorOffsets(String name);

    /** The topics the connector's tasks used since the last reset (KIP-558). */
    @CheckReturnValue
    Uni<SortedSet<String>> connectorActiveTopics(String name);

    /** Forgets the connector's active topics (KIP-558). */
    @CheckReturnValue
    Uni<Void> resetConnectorActiveTopics(String name);

    /**
     * Sets a logger namespace's level on every worker of the cluster (KIP-976 {@code scope=cluster});
     * a standalone worker is its own cluster.
     */
    @CheckReturnValue
    Uni<Void> setClusterLoggerLevel(String namespace, String level);

    /** The configuration keys of an installed plugin, by class name or alias. */
    @CheckReturnValue
    Uni<List<ConfigInfos.ConfigKeyInfo>> pluginConfig(String plugin);
}

package io.tributary.herder;

import java.time.Duration;
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
 * A {@link Herder} whose every request fails with Apache's 500 "Request timed out" when the herder
 * has not answered within the REST request timeout (Apache's {@code HerderRequestHandler} waits 90
 * seconds). The caller gets its answer; the herder still finishes the work, as in Apache, because a
 * change half applied would be worse than a late one. {@link HerderRef} hands out this decorator, so
 * every REST request is bounded in this one place.
 */
final class TimeLimitedHerder implements Herder {

    /** Apache's message and status when a herder request outlives the timeout. */
    static final String TIMED_OUT = "Request timed out";

    private final Herder delegate;
    private final Duration timeout;

    TimeLimitedHerder(Herder delegate, Duration timeout) {
        this.delegate = delegate;
        this.timeout = timeout;
    }

    @CheckReturnValue
    private <T> Uni<T> limited(Uni<T> request) {
        return request.ifNoItem().after(timeout).failWith(() -> new HerderException(500, TIMED_OUT));
    }

    @Override
    public void start() {
        delegate.start();
    }

    @Override
    public void stop() {
        delegate.stop();
    }

    @Override
    public Uni<List<String>> connectors() {
        return limited(delegate.connectors());
    }

    @Override
    public Uni<ConnectorInfo> connectorInfo(String name) {
        return limited(delegate.connectorInfo(name));
    }

    @Override
    public Uni<Map<String, String>> connectorConfig(String name) {
        return limited(delegate.connectorConfig(name));
    }

    @Override
    public Uni<Created<ConnectorInfo>> putConnectorConfig(String name, Map<String, String> config,
                                                          TargetState initialState, boolean allowReplace) {
        return limited(delegate.putConnectorConfig(name, config, initialState, allowReplace));
    }

    @Override
    public Uni<ConnectorInfo> patchConnectorConfig(String name, Map<String, String> patch) {
        return limited(delegate.patchConnectorConfig(name, patch));
    }

    @Override
    public Uni<ConnectorInfo> deleteConnector(String name) {
        return limited(delegate.deleteConnector(name));
    }

    @Override
    public Uni<ConnectorStatusView> connectorStatus(String name) {
        return limited(delegate.connectorStatus(name));
    }

    @Override
    public Uni<Map<String, ConnectorStatusView>> connectorStatuses() {
        return limited(delegate.connectorStatuses());
    }

    @Override
    public Uni<Map<String, ConnectorInfo>> connectorInfos() {
        return limited(delegate.connectorInfos());
    }

    @Override
    public ViewVersion viewVersion() {
        return delegate.viewVersion(); // answers at once: nothing to time out
    }

    @Override
    public Uni<Status> taskStatus(ConnectorTaskId id) {
        return limited(delegate.taskStatus(id));
    }

    @Override
    public Uni<List<TaskConfig>> taskConfigs(String name) {
        return limited(delegate.taskConfigs(name));
    }

    @Override
    public Uni<Void> setTargetState(String name, TargetState state) {
        return limited(delegate.setTargetState(name, state));
    }

    @Override
    public Uni<ConnectorStatusView> restartConnector(String name, boolean includeTasks, boolean onlyFailed) {
        return limited(delegate.restartConnector(name, includeTasks, onlyFailed));
    }

    @Override
    public Uni<Void> restartTask(ConnectorTaskId id) {
        return limited(delegate.restartTask(id));
    }

    @Override
    public Uni<ConfigInfos> validateConnectorConfig(Map<String, String> config) {
        return limited(delegate.validateConnectorConfig(config));
    }

    @Override
    public Uni<List<PluginDesc>> plugins(boolean connectorsOnly) {
        return limited(delegate.plugins(connectorsOnly));
    }

    @Override
    public Uni<List<ConnectorOffset>> connectorOffsets(String name) {
        return limited(delegate.connectorOffsets(name));
    }

    @Override
    public Uni<String> alterConnectorOffsets(String name, List<ConnectorOffset> offsets) {
        return limited(delegate.alterConnectorOffsets(name, offsets));
    }

    @Override
    public Uni<String> resetConnectorOffsets(String name) {
        return limited(delegate.resetConnectorOffsets(name));
    }

    @Override
    public Uni<SortedSet<String>> connectorActiveTopics(String name) {
        return limited(delegate.connectorActiveTopics(name));
    }

    @Override
    public Uni<Void> resetConnectorActiveTopics(String name) {
        return limited(delegate.resetConnectorActiveTopics(name));
    }

    @Override
    public Uni<Void> setClusterLoggerLevel(String namespace, String level) {
        return limited(delegate.setClusterLoggerLevel(namespace, level));
    }

    @Override
    public Uni<List<ConfigInfos.ConfigKeyInfo>> pluginConfig(String plugin) {
        return limited(delegate.pluginConfig(plugin));
    }
}

package io.tributary.worker;

import java.util.List;
import java.util.Map;

import org.apache.kafka.common.metrics.PluginMetrics;
import org.apache.kafka.connect.connector.Connector;
import org.apache.kafka.connect.connector.ConnectorContext;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.sink.SinkConnector;
import org.apache.kafka.connect.sink.SinkConnectorContext;
import org.apache.kafka.connect.source.SourceConnector;
import org.apache.kafka.connect.source.SourceConnectorContext;
import org.apache.kafka.connect.storage.OffsetStorageReader;

import io.tributary.isolation.Plugins;
import io.tributary.logging.TributaryLog;
import io.tributary.storage.ConnectorState;
import io.tributary.storage.TargetState;
import io.tributary.worker.metrics.ConnectMetrics;

/**
 * One connector instance on this worker and its lifecycle: started when the target state is
 * STARTED, stopped (instance kept) when PAUSED or STOPPED, as Apache does. A failure in
 * {@code start()} or a {@code raiseError} makes it FAILED; the worker carries on. Called on the
 * herder thread, except {@code raiseError}/{@code requestTaskReconfiguration} from the connector's.
 */
final class WorkerConnector {

    private final String name;
    private final Connector connector;
    private final ClassLoader loader;
    private final Map<String, String> config;
    private final StatusReporter status;
    private final PluginMetrics metrics;
    private boolean started;
    private volatile boolean failed;

    WorkerConnector(String name, Connector connector, Map<String, String> config, StatusReporter status,
                    ConnectorCallbacks callbacks, OffsetStorageReader offsetReader, PluginMetrics metrics) {
        this.name = name;
        this.connector = connector;
        this.loader = connector.getClass().getClassLoader();
        this.config = config;
        this.status = status;
        this.metrics = metrics;
        ConnectorContext context = context(callbacks, offsetReader);
        try (var ignored = Plugins.swapLoader(loader)) {
            connector.initialize(context);
        }
    }

    /**
     * One context serves both kinds of connector: {@code SourceConnectorContext} and
     * {@code SinkConnectorContext} differ only by the source's offset reader.
     */
    private ConnectorContext context(ConnectorCallbacks callbacks, OffsetStorageReader offsetReader) {
        final class Context implements SourceConnectorContext, SinkConnectorContext {
            @Override
            public void requestTaskReconfiguration() {
                callbacks.requestTaskReconfiguration(name);
            }

            @Override
            public void raiseError(Exception e) {
                fail(e);
            }

            @Override
            public OffsetStorageReader offsetStorageReader() {
                return offsetReader;
            }

            @Override
            public PluginMetrics pluginMetrics() {
                return metrics;
            }
        }
        return new Context();
    }

    /** Moves the connector to the target state, reporting its new status. */
    void transitionTo(TargetState target) {
        if (failed) {
            return;
        }
        switch (target) {
            case STARTED -> start();
            case PAUSED -> {
                stopInstance();
                status.connectorStateChanged(name, ConnectorState.PAUSED, null);
            }
            case STOPPED -> {
                stopInstance();
                status.connectorStateChanged(name, ConnectorState.STOPPED, null);
            }
        }
    }

    private void start() {
        if (started) {
            status.connectorStateChanged(name, ConnectorState.RUNNING, null);
            return;
        }
        try (var ignored = Plugins.swapLoader(loader)) {
            connector.start(config);
            started = true;
            status.connectorStateChanged(name, ConnectorState.RUNNING, null);
            TributaryLog.LOG.connectorStarted(name);
        } catch (Throwable e) {
            fail(e);
        }
    }

    /** The connector's task configurations, at most {@code maxTasks} (enforced as Apache does). */
    List<Map<String, String>> taskConfigs(int maxTasks, boolean enforce) {
        List<Map<String, String>> configs;
        try (var ignored = Plugins.swapLoader(loader)) {
            configs = connector.taskConfigs(maxTasks);
        }
        if (configs == null) {
            return List.of();
        }
        if (enforce && configs.size() > maxTasks) {
            throw new ConnectException("Connector " + name + " generated " + configs.size() + " tasks, which is "
                    + "greater than " + maxTasks + ", the maximum number of tasks it is configured to create.");
        }
        return configs;
    }

    void fail(Throwable e) {
        failed = true;
        TributaryLog.LOG.connectorFailed(name, e);
        status.connectorStateChanged(name, ConnectorState.FAILED, e);
    }

    boolean isRunning() {
        return started && !failed;
    }

    boolean isFailed() {
        return failed;
    }

    boolean isSink() {
        return connector instanceof SinkConnector;
    }

    Connector connector() {
        return connector;
    }

    ClassLoader loader() {
        return loader;
    }

    Map<String, String> config() {
        return config;
    }

    private void stopInstance() {
        if (!started) {
            return;
        }
        started = false;
        try (var ignored = Plugins.swapLoader(loader)) {
            connector.stop();
        } catch (Throwable e) {
            TributaryLog.LOG.connectorStopFailed(name, String.valueOf(e));
        }
    }

    /** Stops the connector for good (deleted, reconfigured or worker shutdown). */
    void shutdown() {
        stopInstance();
        ConnectMetrics.close(metrics);
        TributaryLog.LOG.connectorStopped(name);
    }
}

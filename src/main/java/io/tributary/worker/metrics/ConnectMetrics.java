package io.tributary.worker.metrics;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.metrics.JmxReporter;
import org.apache.kafka.common.metrics.KafkaMetricsContext;
import org.apache.kafka.common.metrics.MetricConfig;
import org.apache.kafka.common.metrics.Metrics;
import org.apache.kafka.common.metrics.PluginMetrics;
import org.apache.kafka.common.metrics.internals.PluginMetricsImpl;
import org.apache.kafka.common.utils.Time;

/**
 * The worker's metrics registry, reported over JMX under Apache's {@code kafka.connect} domain.
 * Connectors and tasks get their own {@link PluginMetrics} view (KIP-877) tagged with their ids.
 */
public final class ConnectMetrics implements AutoCloseable {

    private static final String JMX_PREFIX = "kafka.connect";

    private final Metrics metrics;

    public ConnectMetrics() {
        this.metrics = new Metrics(new MetricConfig(), List.of(new JmxReporter()), Time.SYSTEM,
                new KafkaMetricsContext(JMX_PREFIX));
    }

    /** Metrics a connector's own code registers, tagged {@code connector=NAME}. */
    public PluginMetrics forConnector(String connector) {
        return new PluginMetricsImpl(metrics, Map.of("connector", connector));
    }

    /** Metrics a task's own code registers, tagged {@code connector=NAME,task=N}. */
    public PluginMetrics forTask(String connector, int task) {
        return new PluginMetricsImpl(metrics, Map.of("connector", connector, "task", String.valueOf(task)));
    }

    /** Releases a plugin's metrics when the plugin goes away. */
    public static void close(PluginMetrics pluginMetrics) {
        if (pluginMetrics instanceof PluginMetricsImpl closeable) {
            try {
                closeable.close();
            } catch (IOException e) {
                // Nothing to clean beyond what close() managed to remove.
            }
        }
    }

    @Override
    public void close() {
        metrics.close();
    }
}

package io.tributary.worker.source;

import java.util.Map;

import org.apache.kafka.common.metrics.PluginMetrics;

import org.apache.kafka.connect.source.SourceTaskContext;
import org.apache.kafka.connect.storage.OffsetStorageReader;

/** What a source task may ask of the runtime: its configuration and its stored offsets. */
final class WorkerSourceTaskContext implements SourceTaskContext {

    private final Map<String, String> taskConfig;
    private final OffsetStorageReader offsetReader;
    private final PluginMetrics metrics;

    WorkerSourceTaskContext(Map<String, String> taskConfig, OffsetStorageReader offsetReader, PluginMetrics metrics) {
        this.taskConfig = taskConfig;
        this.offsetReader = offsetReader;
        this.metrics = metrics;
    }

    @Override
    public PluginMetrics pluginMetrics() {
        return metrics;
    }

    @Override
    public Map<String, String> configs() {
        return taskConfig;
    }

    @Override
    public OffsetStorageReader offsetStorageReader() {
        return offsetReader;
    }
}

package io.tributary.worker.source;

import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;

import org.apache.kafka.common.metrics.PluginMetrics;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;

import io.tributary.storage.OffsetStore;
import io.tributary.worker.Converters;
import io.tributary.worker.errors.ErrorPolicy;
import io.tributary.worker.transform.TransformationChain;

/**
 * Everything a {@link WorkerSourceTask} is made of, assembled by the worker's task factory.
 *
 * @param task            the plugin's task instance
 * @param loader          the plugin's class loader, current while plugin code runs
 * @param taskConfig      the configuration handed to {@code start}
 * @param producers       the task's own producers
 * @param outgoingTopics  gets each topic ready (created, partitions led) before its first record
 * @param offsetStore     where committed offsets go
 * @param committer       runs the periodic offset commits of all tasks
 * @param transformations the connector's SMT chain
 * @param converters      key, value and header converters
 * @param errors          the connector's error tolerance
 * @param metrics         the task's own metrics (KIP-877)
 */
public record SourceTaskParts(SourceTask task, ClassLoader loader, Map<String, String> taskConfig,
                              TaskProducers producers, OutgoingTopics outgoingTopics,
                              OffsetStore offsetStore, ScheduledExecutorService committer,
                              TransformationChain<SourceRecord> transformations, Converters converters,
                              ErrorPolicy errors, PluginMetrics metrics) {

    /**
     * How offsets are flushed and how far a task may run ahead of Kafka's acknowledgements.
     *
     * @param intervalMs  {@code offset.flush.interval.ms}
     * @param timeoutMs   {@code offset.flush.timeout.ms}
     * @param maxInFlight records sent but not yet acknowledged before polling pauses
     */
    public record Flush(long intervalMs, long timeoutMs, int maxInFlight) {
    }
}

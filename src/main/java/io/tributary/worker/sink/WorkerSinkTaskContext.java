package io.tributary.worker.sink;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.metrics.PluginMetrics;
import org.apache.kafka.connect.errors.IllegalWorkerStateException;
import org.apache.kafka.connect.sink.SinkTaskContext;

/**
 * What a sink task may ask of the runtime: rewind offsets, pause and resume partitions, ask for
 * a commit, set the retry back-off. Requests are recorded here and applied by the task's own
 * thread before its next {@code poll}, because the consumer is not thread-safe.
 */
final class WorkerSinkTaskContext implements SinkTaskContext {

    private final Map<String, String> taskConfig;
    private final Consumer<byte[], byte[]> consumer;
    private final PluginMetrics metrics;
    private final Map<TopicPartition, Long> rewinds = new HashMap<>();
    private final Set<TopicPartition> pausedByTask = new HashSet<>();
    private volatile long retryTimeoutMs = -1;
    private volatile boolean commitRequested;

    WorkerSinkTaskContext(Map<String, String> taskConfig, Consumer<byte[], byte[]> consumer, PluginMetrics metrics) {
        this.taskConfig = taskConfig;
        this.consumer = consumer;
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
    public synchronized void offset(Map<TopicPartition, Long> offsets) {
        rewinds.putAll(offsets);
    }

    @Override
    public synchronized void offset(TopicPartition partition, long offset) {
        rewinds.put(partition, offset);
    }

    @Override
    public void timeout(long timeoutMs) {
        retryTimeoutMs = timeoutMs;
    }

    @Override
    public Set<TopicPartition> assignment() {
        return consumer.assignment();
    }

    @Override
    public synchronized void pause(TopicPartition... partitions) {
        for (TopicPartition partition : partitions) {
            if (!consumer.assignment().contains(partition)) {
                throw new IllegalWorkerStateException("SinkTasks may not pause partitions that are not currently "
                        + "assigned to them.");
            }
            pausedByTask.add(partition);
        }
        consumer.pause(java.util.List.of(partitions));
    }

    @Override
    public synchronized void resume(TopicPartition... partitions) {
        for (TopicPartition partition : partitions) {
            if (!consumer.assignment().contains(partition)) {
                throw new IllegalWorkerStateException("SinkTasks may not resume partitions that are not currently "
                        + "assigned to them.");
            }
            pausedByTask.remove(partition);
        }
        consumer.resume(java.util.List.of(partitions));
    }

    @Override
    public void requestCommit() {
        commitRequested = true;
    }

    /** Takes the offsets the task asked to rewind to since the last call. */
    synchronized Map<TopicPartition, Long> takeRewinds() {
        if (rewinds.isEmpty()) {
            return Map.of();
        }
        Map<TopicPartition, Long> taken = new HashMap<>(rewinds);
        rewinds.clear();
        return taken;
    }

    synchronized Set<TopicPartition> pausedByTask() {
        return new HashSet<>(pausedByTask);
    }

    boolean takeCommitRequest() {
        boolean requested = commitRequested;
        commitRequested = false;
        return requested;
    }

    long retryTimeoutMs() {
        return retryTimeoutMs;
    }
}

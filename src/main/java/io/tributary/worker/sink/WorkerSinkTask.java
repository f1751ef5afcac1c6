package io.tributary.worker.sink;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.SinkRecord;

import io.smallrye.mutiny.Multi;
import io.tributary.isolation.Plugins;
import io.tributary.logging.TributaryLog;
import io.tributary.storage.ConnectorTaskId;
import io.tributary.storage.TargetState;
import io.tributary.worker.task.TaskStatusListener;
import io.tributary.worker.task.WorkerTask;

/**
 * A running sink task: the record's journey from the consumer to {@code put()} is
 * {@link #pipeline()}, read top to bottom. Consumer offsets are committed every
 * {@code offset.flush.interval.ms} (and on request, rebalance and stop) after {@code preCommit}.
 * While paused the consumer keeps polling, with every partition paused, to stay in its group.
 */
public final class WorkerSinkTask extends WorkerTask {

    private static final Duration POLL_TIMEOUT = Duration.ofMillis(500);

    private final SinkTaskParts parts;
    private final SinkRecordProcessor processor;
    private final WorkerSinkTaskContext context;
    private final long flushIntervalMs;
    private final Map<TopicPartition, OffsetAndMetadata> consumed = new HashMap<>();
    private List<SinkRecord> retryBatch;
    private long nextCommitAt;
    private boolean pausedApplied;
    /** Set on the task thread once {@code stop()} is called; read by the rebalance listener on the same thread. */
    private boolean taskStopped;

    public WorkerSinkTask(ConnectorTaskId id, TargetState initialState, TaskStatusListener statusListener,
                          SinkTaskParts parts, long flushIntervalMs) {
        super(id, initialState, statusListener);
        this.parts = parts;
        this.processor = new SinkRecordProcessor(parts.transformations(), parts.converters(), parts.errors());
        this.context = new WorkerSinkTaskContext(parts.taskConfig(), parts.consumer(), parts.metrics());
        this.flushIntervalMs = flushIntervalMs;
    }

    @Override
    protected void initializeAndStart() {
        try (var ignored = Plugins.swapLoader(parts.loader())) {
            parts.task().initialize(context);
            parts.task().start(parts.taskConfig());
        }
        if (parts.topicsRegex() != null) {
            parts.consumer().subscribe(parts.topicsRegex(), new RebalanceListener());
        } else {
            parts.consumer().subscribe(parts.topics(), new RebalanceListener());
        }
        nextCommitAt = System.currentTimeMillis() + flushIntervalMs;
    }

    @Override
    protected Multi<?> pipeline() {
        return thread.repeat(this::poll, () -> !isStopping())      // consumer.poll() on the task's own thread
                .onItem().transform(processor::process)           // converters, then transformations
                .onItem().invoke(this::deliver);                  // put(), then the offsets count as consumed
    }

    /** Applies pending requests, commits when due, then polls; null when there is nothing to deliver. */
    private ConsumerRecords<byte[], byte[]> poll() {
        applyRewinds();
        if (isPaused() != pausedApplied) {
            pausedApplied = isPaused();
            followTargetState();
        }
        commitIfDue();
        if (retryBatch != null) {
            deliver(List.of());
        }
        try {
            ConsumerRecords<byte[], byte[]> records = parts.consumer().poll(POLL_TIMEOUT);
            if (records.isEmpty()) {
                return null;
            }
            records.partitions().forEach(partition -> {
                topicActive(partition.topic());
                var last = records.records(partition);
                consumed.put(partition, new OffsetAndMetadata(last.get(last.size() - 1).offset() + 1));
            });
            return records;
        } catch (WakeupException e) {
            return null;
        }
    }

    /** Hands a batch to {@code put()}; a retriable failure pauses consumption and retries the same batch. */
    private void deliver(List<SinkRecord> records) {
        List<SinkRecord> batch = retryBatch != null ? retryBatch : records;
        try (var ignored = Plugins.swapLoader(parts.loader())) {
            parts.task().put(batch);
            if (retryBatch != null) {
                retryBatch = null;
                resumeAll();
            }
        } catch (RetriableException e) {
            TributaryLog.LOG.taskRetrying(id.toString(), String.valueOf(e));
            if (retryBatch == null) {
                retryBatch = batch;
                parts.consumer().pause(parts.consumer().assignment());
            }
            sleepQuietly(Math.max(0, context.retryTimeoutMs()));
        }
    }

    private void applyRewinds() {
        context.takeRewinds().forEach((partition, offset) -> {
            parts.consumer().seek(partition, offset);
            consumed.put(partition, new OffsetAndMetadata(offset));
        });
    }

    private void commitIfDue() {
        long now = System.currentTimeMillis();
        if (context.takeCommitRequest() || now >= nextCommitAt) {
            commit(false);
            nextCommitAt = now + flushIntervalMs;
        }
    }

    /** {@code preCommit} with what was delivered, then commits what the task allows. */
    private void commit(boolean sync) {
        if (consumed.isEmpty()) {
            return;
        }
        Map<TopicPartition, OffsetAndMetadata> allowed;
        try (var ignored = Plugins.swapLoader(parts.loader())) {
            allowed = parts.task().preCommit(new HashMap<>(consumed));
        }
        if (allowed == null || allowed.isEmpty()) {
            return;
        }
        Map<TopicPartition, OffsetAndMetadata> assigned = new HashMap<>(allowed);
        assigned.keySet().retainAll(parts.consumer().assignment());
        if (sync) {
            parts.consumer().commitSync(assigned);
        } else {
            parts.consumer().commitAsync(assigned, (offsets, error) -> {
                if (error != null) {
                    TributaryLog.LOG.offsetCommitFailed(id.toString(), String.valueOf(error));
                }
            });
        }
    }

    @Override
    protected void onTargetStateChange(TargetState state) {
        // The consumer belongs to the task thread: wake it so that the next poll() applies the change.
        parts.consumer().wakeup();
    }

    @Override
    protected void onStopRequested() {
        parts.consumer().wakeup();
    }

    private void resumeAll() {
        Set<TopicPartition> resumable = new java.util.HashSet<>(parts.consumer().assignment());
        resumable.removeAll(context.pausedByTask());
        if (!isPaused()) {
            parts.consumer().resume(resumable);
        }
    }

    /** Pauses or resumes every partition to follow the target state; called on the task thread. */
    private void followTargetState() {
        if (isPaused()) {
            parts.consumer().pause(parts.consumer().assignment());
        } else if (retryBatch == null) {
            resumeAll();
        }
    }

    @Override
    protected void close(boolean failed) {
        try {
            if (!failed) {
                commit(true);
            }
            try (var ignored = Plugins.swapLoader(parts.loader())) {
                parts.task().close(parts.consumer().assignment());
                taskStopped = true;
                parts.task().stop();
            }
        } finally {
            taskStopped = true;
            parts.consumer().close(Duration.ofSeconds(5));
            processor.close();
            io.tributary.worker.metrics.ConnectMetrics.close(parts.metrics());
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Opens and closes partitions in the task as the group moves them, committing before they leave. */
    private final class RebalanceListener implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            // After stop() the task cannot flush, and a throwing callback would keep consumer.close()
            // from leaving the group, which blocks offset changes (KIP-875) until the session times out.
            // Apache skips the callback once the task has stopped for the same reason.
            if (partitions.isEmpty() || isFailed() || taskStopped) {
                return;
            }
            commit(true);
            try (var ignored = Plugins.swapLoader(parts.loader())) {
                parts.task().close(partitions);
            }
            consumed.keySet().removeAll(partitions);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            for (TopicPartition partition : partitions) {
                consumed.put(partition, new OffsetAndMetadata(parts.consumer().position(partition)));
            }
            try (var ignored = Plugins.swapLoader(parts.loader())) {
                parts.task().open(partitions);
            }
            followTargetState();
        }
    }
}

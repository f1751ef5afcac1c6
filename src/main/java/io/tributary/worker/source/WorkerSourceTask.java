package io.tributary.worker.source;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;

import io.smallrye.mutiny.Multi;
import io.tributary.isolation.Plugins;
import io.tributary.logging.TributaryLog;
import io.tributary.storage.ConnectorTaskId;
import io.tributary.storage.TargetState;
import io.tributary.worker.task.TaskStatusListener;
import io.tributary.worker.task.WorkerTask;

/**
 * A running source task: the record's journey from {@code poll()} to the Kafka topic is
 * {@link #pipeline()}, read top to bottom. Offsets of acknowledged records are committed every
 * {@code offset.flush.interval.ms} and once more when the task stops.
 */
public final class WorkerSourceTask extends WorkerTask {

    private static final long PAUSE_CHECK_MS = 500;

    private final SourceTaskParts parts;
    private final SourceRecordProcessor processor;
    private final SubmittedRecords submitted;
    private final long flushIntervalMs;
    private final long flushTimeoutMs;
    /** Whether the plugin task overrides {@code commitRecord}; most don't, and then no record is kept until its ack. */
    private final boolean commitsRecords;
    private volatile ScheduledFuture<?> periodicCommit;

    public WorkerSourceTask(ConnectorTaskId id, TargetState initialState, TaskStatusListener statusListener,
                            SourceTaskParts parts, SourceTaskParts.Flush flush) {
        super(id, initialState, statusListener);
        this.parts = parts;
        this.processor = new SourceRecordProcessor(parts.transformations(), parts.converters(), parts.errors());
        this.submitted = new SubmittedRecords(flush.maxInFlight());
        this.flushIntervalMs = flush.intervalMs();
        this.flushTimeoutMs = flush.timeoutMs();
        this.commitsRecords = overridesCommitRecord(parts.task().getClass());
    }

    /**
     * Whether {@code taskClass} overrides {@code commitRecord}, which does nothing in
     * {@link SourceTask} itself. Where the answer is unknown (no reflection data), it is yes.
     */
    static boolean overridesCommitRecord(Class<? extends SourceTask> taskClass) {
        try {
            return taskClass.getMethod("commitRecord", SourceRecord.class, RecordMetadata.class)
                    .getDeclaringClass() != SourceTask.class;
        } catch (NoSuchMethodException | LinkageError e) {
            return true;
        }
    }

    @Override
    protected void initializeAndStart() {
        try (var ignored = Plugins.swapLoader(parts.loader())) {
            parts.task().initialize(new WorkerSourceTaskContext(parts.taskConfig(),
                    new TaskOffsetReader(id.connector(), parts.offsetStore()), parts.metrics()));
            parts.task().start(parts.taskConfig());
        }
        if (flushIntervalMs > 0) {
            periodicCommit = parts.committer().scheduleWithFixedDelay(this::commitOffsetsQuietly, flushIntervalMs,
                    flushIntervalMs, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    protected Multi<?> pipeline() {
        return thread.repeat(this::pollWhenReady, () -> !isStopping())   // blocking poll() on the task's own thread
                .onItem().invoke(this::send);                          // transform, convert, send; acks free capacity
    }

    /** One {@code poll()}, unless paused or too many records are still in flight (back-pressure). */
    private List<SourceRecord> pollWhenReady() throws InterruptedException {
        if (isPaused()) {
            awaitResumed(PAUSE_CHECK_MS);
            return null;
        }
        submitted.awaitCapacity(this::isStopping);
        if (isStopping()) {
            return null;
        }
        try (var ignored = Plugins.swapLoader(parts.loader())) {
            List<SourceRecord> records = parts.task().poll();
            return records == null || records.isEmpty() ? null : records;
        } catch (RetriableException e) {
            // Apache retries a poll that failed with a retriable exception instead of failing the task.
            TributaryLog.LOG.taskRetrying(id.toString(), String.valueOf(e));
            return null;
        }
    }

    private void send(List<SourceRecord> records) {
        SubmittedRecords.Segment[] segments = submitted.submit(records);
        int next = 0;
        try {
            for (; next < records.size(); next++) {
                send(records.get(next), segments[next]);
            }
        } catch (RuntimeException | Error e) {
            // the task fails: the records not sent must neither hold up its stop nor commit an offset
            for (; next < records.size(); next++) {
                segments[next].abandon();
            }
            throw e;
        }
    }

    private void send(SourceRecord record, SubmittedRecords.Segment pending) {
        ProducerRecord<byte[], byte[]> outgoing = processor.process(record);
        if (outgoing == SourceRecordProcessor.SKIPPED) {
            pending.ack();
            commitRecord(record, null);
            return;
        }
        Producer<byte[], byte[]> producer = parts.outgoingTopics().prepare(outgoing.topic(), this::isStopping);
        topicActive(outgoing.topic());
        // A record stays reachable from its callback until the broker acknowledges it: only keep
        // it when the task wants it back, so that in-flight records cost the heap less.
        producer.send(outgoing, commitsRecords ? (metadata, error) -> {
            if (acknowledged(pending, error)) {
                commitRecord(record, metadata);
            }
        } : (metadata, error) -> acknowledged(pending, error));
    }

    /** Frees the record's in-flight slot; fails the task when the producer could not write it. */
    private boolean acknowledged(SubmittedRecords.Segment pending, Exception error) {
        if (error != null) {
            pending.abandon();
            fail(new ConnectException("Unrecoverable exception from producer send callback", error));
            return false;
        }
        pending.ack();
        return true;
    }

    private void commitRecord(SourceRecord record, RecordMetadata metadata) {
        try {
            parts.task().commitRecord(record, metadata);
        } catch (Throwable e) {
            TributaryLog.LOG.taskCommitRecordFailed(id.toString(), String.valueOf(e));
        }
    }

    private void commitOffsetsQuietly() {
        try {
            commitOffsets();
        } catch (RuntimeException e) {
            TributaryLog.LOG.offsetCommitFailed(id.toString(), String.valueOf(e));
        }
    }

    /** Writes the offsets of every acknowledged prefix, then tells the task ({@code commit()}). */
    private void commitOffsets() {
        Map<Map<String, ?>, Map<String, ?>> offsets = submitted.committableOffsets();
        if (!offsets.isEmpty()) {
            try {
                parts.offsetStore().write(id.connector(), offsets).get(flushTimeoutMs, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                throw new ConnectException("Timed out writing offsets for " + id, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ConnectException("Interrupted writing offsets for " + id, e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new ConnectException("Failed to write offsets for " + id, e.getCause());
            }
        }
        try (var ignored = Plugins.swapLoader(parts.loader())) {
            parts.task().commit();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    protected void close(boolean failed) {
        ScheduledFuture<?> commit = periodicCommit;
        if (commit != null) {
            commit.cancel(false);
        }
        try (var ignored = Plugins.swapLoader(parts.loader())) {
            parts.task().stop();
        } finally {
            parts.producers().flush();
            try {
                submitted.awaitAllAcked(flushTimeoutMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            commitOffsetsQuietly();
            parts.producers().close();
            processor.close();
            io.tributary.worker.metrics.ConnectMetrics.close(parts.metrics());
            parts.outgoingTopics().close();
        }
    }
}

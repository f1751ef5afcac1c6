package io.tributary.worker.source;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.apache.kafka.connect.source.SourceRecord;

/**
 * The records a source task has handed to the producer, per source partition, in the order they
 * were sent. An offset becomes committable only when its record and every record sent before it
 * from the same source partition are acknowledged, so a crash never skips an unwritten record.
 * It also bounds how many records may be in flight: the pipeline waits in
 * {@link #awaitCapacity} before polling again (back-pressure).
 *
 * <p>Records are tracked in segments: the records of one {@code poll()} that follow each other
 * with the same source partition. A segment's offset, that of its last record, becomes committable
 * when all its records are acknowledged. A file source's poll returns up to 2,000 lines of one
 * file, so the task thread registers one segment where it used to register 2,000 records, and the
 * producer's I/O thread counts a segment down instead of marking each record. On a crash, at most
 * one segment more than with per-record tracking is written again.
 *
 * <p>Only segments still in flight are kept: each {@link #submit} first drops the acknowledged
 * prefix of its partitions and remembers the prefix's last offset until the next commit. Offsets
 * are committed once a minute by default, and a source writing a million records in between would
 * otherwise keep everything it wrote, which the garbage collector copies again and again.
 *
 * <p>Thread rules: {@link #submit} on the task thread, {@link Segment#ack()} and
 * {@link Segment#abandon()} on the producer's I/O thread or the task thread (a record that is not
 * sent), {@link #committableOffsets()} on the committer thread.
 */
public final class SubmittedRecords {

    /** Consecutive records of one poll from one source partition, acknowledged one by one. */
    public final class Segment {
        private final Map<String, ?> offset;
        private final int size;
        private final AtomicInteger unacknowledged;
        private volatile boolean acked;
        /** Some record of the segment was never sent: its offset must never be committed. */
        private volatile boolean abandoned;

        private Segment(Map<String, ?> offset, int size) {
            this.offset = offset;
            this.size = size;
            this.unacknowledged = new AtomicInteger(size);
        }

        /** Marks one of the segment's records written; call it once per record, from any thread. */
        public void ack() {
            if (unacknowledged.decrementAndGet() == 0) {
                completed();
            }
        }

        /**
         * Gives up one of the segment's records, which will not be sent or was not written (the
         * task is failing): it no longer counts as in flight, and neither the segment's offset nor
         * any later one of its partition is ever committed.
         */
        public void abandon() {
            abandoned = true;
            ack();
        }

        private void completed() {
            acked = !abandoned;
            released(size);
        }
    }

    private final Map<Map<String, ?>, Deque<Segment>> byPartition = new HashMap<>();
    /** Per partition, the last offset of an acknowledged prefix already dropped from {@link #byPartition}. */
    private final Map<Map<String, ?>, Map<String, ?>> acknowledged = new HashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Object capacityMonitor = new Object();
    private final int maxInFlight;
    private final int lowWatermark;

    public SubmittedRecords(int maxInFlight) {
        this.maxInFlight = maxInFlight;
        this.lowWatermark = Math.max(0, maxInFlight / 2);
    }

    /**
     * Registers the records of one poll, about to be sent in this order, and returns the segment
     * of each (same index) for its {@link Segment#ack()}. Records without a source partition are
     * only counted; a record without an offset does not move its partition's offset.
     */
    public Segment[] submit(List<SourceRecord> records) {
        Segment[] segments = new Segment[records.size()];
        inFlight.addAndGet(records.size());
        int start = 0;
        while (start < records.size()) {
            Map<String, ?> partition = records.get(start).sourcePartition();
            int end = start + 1;
            Map<String, ?> offset = records.get(start).sourceOffset();
            // identity first: a task usually hands every record of a partition the same map
            for (; end < records.size(); end++) {
                SourceRecord next = records.get(end);
                if (next.sourcePartition() != partition && !Objects.equals(next.sourcePartition(), partition)) {
                    break;
                }
                if (next.sourceOffset() != null) {
                    offset = next.sourceOffset();
                }
            }
            Segment segment = new Segment(offset, end - start);
            if (partition != null && offset != null) {
                track(partition, segment);
            }
            for (int i = start; i < end; i++) {
                segments[i] = segment;
            }
            start = end;
        }
        return segments;
    }

    private synchronized void track(Map<String, ?> partition, Segment segment) {
        Deque<Segment> queue = byPartition.computeIfAbsent(partition, ignored -> new ArrayDeque<>());
        dropAcknowledgedPrefix(partition, queue);
        queue.addLast(segment);
    }

    private void dropAcknowledgedPrefix(Map<String, ?> partition, Deque<Segment> queue) {
        Segment latest = null;
        while (!queue.isEmpty() && queue.peekFirst().acked) {
            latest = queue.pollFirst();
        }
        if (latest != null) {
            acknowledged.put(partition, latest.offset);
        }
    }

    /** Segments kept because they, or a segment before them in their partition, are not acknowledged yet. */
    synchronized int retained() {
        return byPartition.values().stream().mapToInt(Deque::size).sum();
    }

    /**
     * Removes the acknowledged prefix of every partition and returns the latest offset of each
     * partition that advanced.
     */
    public synchronized Map<Map<String, ?>, Map<String, ?>> committableOffsets() {
        byPartition.forEach(this::dropAcknowledgedPrefix);
        byPartition.values().removeIf(Deque::isEmpty);
        Map<Map<String, ?>, Map<String, ?>> offsets = new HashMap<>(acknowledged);
        acknowledged.clear();
        return offsets;
    }

    public int inFlight() {
        return inFlight.get();
    }

    private void released(int records) {
        int now = inFlight.addAndGet(-records);
        if (now == 0 || (now <= lowWatermark && now + records > lowWatermark)) {
            synchronized (capacityMonitor) {
                capacityMonitor.notifyAll();
            }
        }
    }

    /** Blocks while too many records are in flight; returns early when {@code stop} turns true. */
    public void awaitCapacity(BooleanSupplier stop) throws InterruptedException {
        synchronized (capacityMonitor) {
            while (inFlight.get() >= maxInFlight && !stop.getAsBoolean()) {
                capacityMonitor.wait(100);
            }
        }
    }

    /** Waits until every submitted record is acknowledged or the timeout passes; returns whether all were. */
    public boolean awaitAllAcked(long timeoutMs) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        synchronized (capacityMonitor) {
            while (inFlight.get() > 0) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    return false;
                }
                capacityMonitor.wait(Math.min(left, 100));
            }
        }
        return true;
    }
}

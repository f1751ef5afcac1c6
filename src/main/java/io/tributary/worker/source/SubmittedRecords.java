package io.tributary.worker.source;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The records a source task has handed to the producer, per source partition, in the order they
 * were sent. An offset becomes committable only when its record and every record sent before it
 * from the same source partition are acknowledged, so a crash never skips an unwritten record.
 * It also bounds how many records may be in flight: the pipeline waits in
 * {@link #awaitCapacity} before polling again (back-pressure).
 *
 * <p>Only records still in flight are kept: each {@link #submit} first drops the acknowledged
 * prefix of its partition and remembers the prefix's last offset until the next commit. Offsets
 * are committed once a minute by default, and a source writing a million records in between would
 * otherwise hold a million entries, which the garbage collector copies again and again.
 *
 * <p>Thread rules: {@link #submit} on the task thread, {@link Submitted#ack()} on the producer's
 * I/O thread, {@link #committableOffsets()} on the committer thread.
 */
public final class SubmittedRecords {

    /** One record on its way to Kafka. */
    public final class Submitted {
        private final Map<String, ?> offset;
        private volatile boolean acked;

        private Submitted(Map<String, ?> offset) {
            this.offset = offset;
        }

        /** Marks the record written; safe to call once from any thread. */
        public void ack() {
            acked = true;
            int now = inFlight.decrementAndGet();
            if (now == lowWatermark || now == 0) {
                synchronized (capacityMonitor) {
                    capacityMonitor.notifyAll();
                }
            }
        }
    }

    private final Map<Map<String, ?>, Deque<Submitted>> byPartition = new HashMap<>();
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

    /** Registers a record about to be sent; records without partition or offset are only counted. */
    public synchronized Submitted submit(Map<String, ?> partition, Map<String, ?> offset) {
        Submitted submitted = new Submitted(offset);
        inFlight.incrementAndGet();
        if (partition != null && offset != null) {
            Deque<Submitted> queue = byPartition.computeIfAbsent(partition, ignored -> new ArrayDeque<>());
            dropAcknowledgedPrefix(partition, queue);
            queue.addLast(submitted);
        }
        return submitted;
    }

    private void dropAcknowledgedPrefix(Map<String, ?> partition, Deque<Submitted> queue) {
        Submitted latest = null;
        while (!queue.isEmpty() && queue.peekFirst().acked) {
            latest = queue.pollFirst();
        }
        if (latest != null) {
            acknowledged.put(partition, latest.offset);
        }
    }

    /** Records kept because they, or a record before them in their partition, are not acknowledged yet. */
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

    /** Blocks while too many records are in flight; returns early when {@code stop} turns true. */
    public void awaitCapacity(java.util.function.BooleanSupplier stop) throws InterruptedException {
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

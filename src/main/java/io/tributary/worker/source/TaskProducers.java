package io.tributary.worker.source;

import java.util.function.Supplier;

import org.apache.kafka.clients.producer.Producer;

/**
 * The producers of one source task, and which of them writes which topic: the task's main
 * producer, and one with large batches for its first few partitions.
 *
 * <p>Why two: an idempotent producer puts at most one batch per partition into a request and keeps
 * at most five requests in flight, so {@code batch.size} caps how many bytes a producer can have in
 * flight to one partition. A task writing a one-partition topic (a file source, most single-table
 * sources) therefore wants batches of hundreds of KiB. But every open batch takes a whole
 * {@code batch.size} buffer, so a task writing keyed records over a thousand partitions wants small
 * ones. The large-batch producer takes a topic only while the partitions it writes stay within
 * {@link #LARGE_BATCH_PARTITIONS}; every other topic goes to the main producer. A topic keeps its
 * producer for the task's life, so its records stay in order.
 *
 * <p>The large-batch producer is made when its first topic comes. There is none when the user
 * sized the batches ({@code batch.size} or {@code buffer.memory} in the worker's {@code producer.}
 * keys or the connector's overrides). Used on the task thread only, but for {@link #flush} and
 * {@link #close}, which come after the last send.
 */
public final class TaskProducers implements AutoCloseable {

    /** The most partitions the large-batch producer writes; enough for the buffers to stay small. */
    public static final int LARGE_BATCH_PARTITIONS = 16;

    private final Producer<byte[], byte[]> main;
    private final Supplier<Producer<byte[], byte[]>> largeBatchFactory;
    private volatile Producer<byte[], byte[]> largeBatch;
    private int largeBatchPartitions;

    /**
     * @param main              the task's producer, configured as the user asked
     * @param largeBatchFactory makes the large-batch producer, or is {@code null} when the user sized batches
     */
    public TaskProducers(Producer<byte[], byte[]> main, Supplier<Producer<byte[], byte[]>> largeBatchFactory) {
        this.main = main;
        this.largeBatchFactory = largeBatchFactory;
    }

    /** The producer that asks the cluster for topic metadata, and that writes a topic nobody assigned. */
    public Producer<byte[], byte[]> main() {
        return main;
    }

    /** Picks the producer of a topic with {@code partitions} partitions, once per topic. */
    Producer<byte[], byte[]> assign(int partitions) {
        if (largeBatchFactory == null || largeBatchPartitions + partitions > LARGE_BATCH_PARTITIONS) {
            return main;
        }
        if (largeBatch == null) {
            largeBatch = largeBatchFactory.get();
        }
        largeBatchPartitions += partitions;
        return largeBatch;
    }

    /** Sends every buffered record now and waits for the answers. */
    public void flush() {
        main.flush();
        Producer<byte[], byte[]> large = largeBatch;
        if (large != null) {
            large.flush();
        }
    }

    @Override
    public void close() {
        try {
            main.close();
        } finally {
            Producer<byte[], byte[]> large = largeBatch;
            if (large != null) {
                large.close();
            }
        }
    }
}

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
 * <p>Each producer is made when its first topic comes. There is no large-batch one when the user
 * sized the batches ({@code batch.size} or {@code buffer.memory} in the worker's {@code producer.}
 * keys or the connector's overrides). Used on the task thread only, but for {@link #flush} and
 * {@link #close}, which come after the last send.
 */
public final class TaskProducers implements AutoCloseable {

    /** The most partitions the large-batch producer writes; enough for the buffers to stay small. */
    public static final int LARGE_BATCH_PARTITIONS = 16;

    private final Lazy main;
    private final Lazy largeBatch;
    private int largeBatchPartitions;

    /**
     * @param mainFactory       makes the task's producer, configured as the user asked
     * @param largeBatchFactory makes the large-batch producer, or is {@code null} when the user sized batches
     */
    public TaskProducers(Supplier<Producer<byte[], byte[]>> mainFactory,
                         Supplier<Producer<byte[], byte[]>> largeBatchFactory) {
        this.main = new Lazy(mainFactory);
        this.largeBatch = largeBatchFactory == null ? null : new Lazy(largeBatchFactory);
    }

    /**
     * The producer that asks for the metadata of a topic the cluster does not know yet (so that the
     * broker may create it), and that writes the records of a task that stops before their topic
     * was assigned: the large-batch one where there is one, as a topic the broker creates on first
     * use gets its default partition count, usually 1.
     */
    Producer<byte[], byte[]> forUnknownTopic() {
        return largeBatch != null ? largeBatch.get() : main.get();
    }

    /** Picks the producer of a topic with {@code partitions} partitions, once per topic. */
    Producer<byte[], byte[]> assign(int partitions) {
        if (largeBatch == null || largeBatchPartitions + partitions > LARGE_BATCH_PARTITIONS) {
            return main.get();
        }
        largeBatchPartitions += partitions;
        return largeBatch.get();
    }

    /** Sends every buffered record now and waits for the answers. */
    public void flush() {
        main.flush();
        if (largeBatch != null) {
            largeBatch.flush();
        }
    }

    @Override
    public void close() {
        try {
            main.close();
        } finally {
            if (largeBatch != null) {
                largeBatch.close();
            }
        }
    }

    /** A producer made on first use, so that a task has no idle producer (an I/O thread and a connection). */
    private static final class Lazy {
        private final Supplier<Producer<byte[], byte[]>> factory;
        private volatile Producer<byte[], byte[]> producer;

        Lazy(Supplier<Producer<byte[], byte[]>> factory) {
            this.factory = factory;
        }

        Producer<byte[], byte[]> get() {
            if (producer == null) {
                producer = factory.get();
            }
            return producer;
        }

        void flush() {
            Producer<byte[], byte[]> made = producer;
            if (made != null) {
                made.flush();
            }
        }

        void close() {
            Producer<byte[], byte[]> made = producer;
            if (made != null) {
                made.close();
            }
        }
    }
}

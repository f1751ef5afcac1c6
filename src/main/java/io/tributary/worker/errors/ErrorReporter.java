package io.tributary.worker.errors;

/**
 * Where a tolerated failure is reported (the log, a dead letter queue). Called on the task thread.
 */
public interface ErrorReporter extends AutoCloseable {

    /**
     * @param original the record as it came in: a {@code ConsumerRecord<byte[],byte[]>} for sinks,
     *                 a {@code SourceRecord} for sources
     */
    void report(ProcessingStage stage, Object original, Throwable error);

    @Override
    default void close() {
    }
}

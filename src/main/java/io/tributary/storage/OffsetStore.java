package io.tributary.storage;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Source offsets, per connector and source partition, in Apache's byte format: key
 * {@code ["connector",{partition}]} and value {@code {offset}} as JSON without schemas, so that a
 * cluster can move between Apache Connect and Tributary and keep its place.
 *
 * <p>Lifecycle: {@link #start()} (reads everything stored), then lookups and writes from any
 * thread, then {@link #close()}.
 */
public interface OffsetStore extends AutoCloseable {

    void start();

    /** The latest offset of one source partition, or null when none is stored. */
    Map<String, Object> offset(String connector, Map<String, ?> partition);

    /** Every stored partition of a connector with its latest offset. */
    Map<Map<String, Object>, Map<String, Object>> offsets(String connector);

    /**
     * Stores offsets; a null offset removes its partition (a tombstone). Completes when durable
     * and visible to {@link #offset}.
     */
    CompletableFuture<Void> write(String connector, Map<? extends Map<String, ?>, ? extends Map<String, ?>> offsets);

    @Override
    void close();
}

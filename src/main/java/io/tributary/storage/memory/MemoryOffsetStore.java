package io.tributary.storage.memory;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.tributary.storage.OffsetStore;
import io.tributary.storage.codec.OffsetCodec;
import io.tributary.storage.codec.OffsetKeyCodec;

/**
 * Source offsets held in memory, keyed by their serialised bytes exactly like Apache's
 * {@code MemoryOffsetBackingStore}: a lookup serialises the partition and compares bytes, so
 * {@code {"x":1}} as Integer or Long finds the same offset, as it does in Apache. For unit tests of other
 * layers, and the base of {@code FileOffsetStore}, which persists the same map.
 *
 * <p>Thread-safe; writes complete before {@link #write} returns.
 */
public class MemoryOffsetStore implements OffsetStore {

    private final Map<ByteBuffer, byte[]> data = new HashMap<>();

    @Override
    public void start() {
        synchronized (data) {
            load().forEach((key, value) -> data.put(ByteBuffer.wrap(key), value));
        }
    }

    @Override
    public Map<String, Object> offset(String connector, Map<String, ?> partition) {
        byte[] value;
        synchronized (data) {
            value = data.get(ByteBuffer.wrap(OffsetKeyCodec.encode(connector, partition)));
        }
        return OffsetCodec.decode(value);
    }

    @Override
    public Map<Map<String, Object>, Map<String, Object>> offsets(String connector) {
        Map<Map<String, Object>, Map<String, Object>> result = new LinkedHashMap<>();
        synchronized (data) {
            data.forEach((key, value) -> {
                OffsetKeyCodec.Key decoded = OffsetKeyCodec.decode(key.array());
                if (decoded != null && decoded.connector().equals(connector)) {
                    result.put(decoded.partition(), OffsetCodec.decode(value));
                }
            });
        }
        return result;
    }

    @Override
    public CompletableFuture<Void> write(String connector,
                                         Map<? extends Map<String, ?>, ? extends Map<String, ?>> offsets) {
        try {
            synchronized (data) {
                offsets.forEach((partition, offset) -> {
                    ByteBuffer key = ByteBuffer.wrap(OffsetKeyCodec.encode(connector, partition));
                    if (offset == null) {
                        data.remove(key); // a tombstone: the partition starts over
                    } else {
                        data.put(key, OffsetCodec.encode(offset));
                    }
                });
                save(snapshot());
            }
            return CompletableFuture.completedFuture(null);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public void close() {
        // nothing to release
    }

    /** Offsets to start with, as raw key and value bytes; none in memory. Called once by {@link #start()}. */
    protected Map<byte[], byte[]> load() {
        return Map.of();
    }

    /** Persists every offset after a write, under the store's lock; nothing in memory. */
    protected void save(Map<byte[], byte[]> offsets) {
        // kept in memory only
    }

    private Map<byte[], byte[]> snapshot() {
        Map<byte[], byte[]> raw = new HashMap<>();
        data.forEach((key, value) -> raw.put(key.array(), value));
        return raw;
    }
}

package io.tributary.plugins.file;

import org.apache.kafka.common.metrics.PluginMetrics;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.connect.source.SourceTaskContext;
import org.apache.kafka.connect.storage.OffsetStorageReader;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A {@link SourceTaskContext} whose offset storage is a map the test fills in, standing in for the
 * runtime's offset store.
 */
final class FakeSourceTaskContext implements SourceTaskContext, OffsetStorageReader {

    private final Map<Map<String, ?>, Map<String, Object>> offsets = new HashMap<>();

    void storeOffset(Map<String, ?> partition, Map<String, Object> offset) {
        offsets.put(partition, offset);
    }

    @Override
    public Map<String, String> configs() {
        return Map.of();
    }

    @Override
    public OffsetStorageReader offsetStorageReader() {
        return this;
    }

    @Override
    public PluginMetrics pluginMetrics() {
        throw new UnsupportedOperationException("not used by the file connectors");
    }

    @Override
    public <T> Map<String, Object> offset(Map<String, T> partition) {
        return offsets.get(partition);
    }

    @Override
    public <T> Map<Map<String, T>, Map<String, Object>> offsets(Collection<Map<String, T>> partitions) {
        Map<Map<String, T>, Map<String, Object>> result = new HashMap<>();
        partitions.forEach(p -> result.put(p, offsets.get(p)));
        return result;
    }

    /** A clock that stands still, so record timestamps are predictable. */
    static final class FixedTime implements Time {

        static final long NOW = 1_700_000_000_000L;

        @Override
        public long milliseconds() {
            return NOW;
        }

        @Override
        public long nanoseconds() {
            return NOW * 1_000_000;
        }

        @Override
        public void sleep(long ms) {
            throw new UnsupportedOperationException("the task must not sleep on the clock");
        }

        @Override
        public void waitObject(Object obj, Supplier<Boolean> condition, long deadlineMs) {
            throw new UnsupportedOperationException("the task must not wait on the clock");
        }
    }
}

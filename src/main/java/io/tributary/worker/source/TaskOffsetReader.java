package io.tributary.worker.source;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.connect.storage.OffsetStorageReader;

import io.tributary.storage.OffsetStore;

/** A source task's view of its connector's committed offsets ({@code context.offsetStorageReader()}). */
public final class TaskOffsetReader implements OffsetStorageReader {

    private final String connector;
    private final OffsetStore store;

    public TaskOffsetReader(String connector, OffsetStore store) {
        this.connector = connector;
        this.store = store;
    }

    @Override
    public <T> Map<String, Object> offset(Map<String, T> partition) {
        return store.offset(connector, partition);
    }

    @Override
    public <T> Map<Map<String, T>, Map<String, Object>> offsets(Collection<Map<String, T>> partitions) {
        Map<Map<String, T>, Map<String, Object>> result = new HashMap<>();
        for (Map<String, T> partition : partitions) {
            result.put(partition, store.offset(connector, partition));
        }
        return result;
    }
}

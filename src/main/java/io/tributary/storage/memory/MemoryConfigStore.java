package io.tributary.storage.memory;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.tributary.storage.ClusterConfigState;
import io.tributary.storage.ConfigStore;
import io.tributary.storage.TargetState;

/**
 * Connector configurations held in memory, as Apache's {@code MemoryConfigBackingStore} does for
 * standalone workers: no topic, so task configurations are published atomically by one call instead of
 * through commit records. Each write counts as one record for the snapshot offset.
 *
 * <p>Thread-safe. The listener is called on the writing thread after the snapshot includes the change.
 */
public final class MemoryConfigStore implements ConfigStore {

    private final Map<String, Map<String, String>> connectorConfigs = new LinkedHashMap<>();
    private final Map<String, TargetState> targetStates = new LinkedHashMap<>();
    private final Map<String, List<Map<String, String>>> taskConfigs = new LinkedHashMap<>();
    private volatile long writes; // volatile so that version() needs no lock
    private volatile Listener listener;

    @Override
    public void start() {
        // nothing to read
    }

    @Override
    public synchronized ClusterConfigState snapshot() {
        // like a topic's next offset: -1 when empty, else the number of records written
        return new ClusterConfigState(writes == 0 ? -1 : writes, new LinkedHashMap<>(connectorConfigs), new LinkedHashMap<>(targetStates),
                new LinkedHashMap<>(taskConfigs));
    }

    @Override
    public long version() {
        return writes;
    }

    @Override
    public void setListener(Listener listener) {
        this.listener = listener;
    }

    @Override
    public void putConnectorConfig(String connector, Map<String, String> config, TargetState targetState) {
        synchronized (this) {
            if (targetState != null) {
                targetStates.put(connector, targetState);
            }
            targetStates.putIfAbsent(connector, TargetState.STARTED);
            connectorConfigs.put(connector, frozen(config));
            writes++;
        }
        notifyChange(connector);
    }

    @Override
    public void removeConnectorConfig(String connector) {
        synchronized (this) {
            connectorConfigs.remove(connector);
            targetStates.remove(connector);
            taskConfigs.remove(connector);
            writes++;
        }
        Listener current = listener;
        if (current != null) {
            current.onConnectorRemoved(connector);
        }
    }

    @Override
    public void putTaskConfigs(String connector, List<Map<String, String>> configs) {
        synchronized (this) {
            taskConfigs.put(connector, configs.stream().map(MemoryConfigStore::frozen).toList());
            writes++;
        }
        notifyChange(connector);
    }

    @Override
    public void putTargetState(String connector, TargetState state) {
        synchronized (this) {
            targetStates.put(connector, state);
            writes++;
        }
        notifyChange(connector);
    }

    @Override
    public void close() {
        // nothing to release
    }

    /** An unmodifiable copy that keeps the order and any null values. */
    private static Map<String, String> frozen(Map<String, String> config) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(config));
    }

    private void notifyChange(String connector) {
        Listener current = listener;
        if (current != null) {
            current.onConnectorChange(connector);
        }
    }
}

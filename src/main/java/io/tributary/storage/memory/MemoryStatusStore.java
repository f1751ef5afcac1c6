package io.tributary.storage.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.tributary.storage.ConnectorState;
import io.tributary.storage.ConnectorTaskId;
import io.tributary.storage.Status;
import io.tributary.storage.StatusStore;

/**
 * Connector and task statuses held in memory, as Apache's {@code MemoryStatusBackingStore} does for
 * standalone workers. Writes are visible at once; a DESTROYED status removes the entry, as its tombstone
 * would in the status topic. Thread-safe.
 */
public final class MemoryStatusStore implements StatusStore {

    private final Map<String, Status> connectors = new TreeMap<>();
    private final Map<ConnectorTaskId, Status> tasks = new TreeMap<>();

    @Override
    public void start() {
        // nothing to read
    }

    @Override
    public synchronized void put(Status status) {
        boolean destroyed = status.state() == ConnectorState.DESTROYED;
        if (status.isTask()) {
            ConnectorTaskId id = new ConnectorTaskId(status.connector(), status.task());
            if (destroyed) {
                tasks.remove(id);
            } else {
                tasks.put(id, status);
            }
        } else if (destroyed) {
            connectors.remove(status.connector());
        } else {
            connectors.put(status.connector(), status);
        }
    }

    @Override
    public synchronized Status connectorStatus(String connector) {
        return connectors.get(connector);
    }

    @Override
    public synchronized List<Status> taskStatuses(String connector) {
        List<Status> result = new ArrayList<>();
        tasks.forEach((id, status) -> {
            if (id.connector().equals(connector)) {
                result.add(status);
            }
        });
        return result;
    }

    @Override
    public synchronized Status taskStatus(ConnectorTaskId id) {
        return tasks.get(id);
    }

    @Override
    public synchronized void remove(String connector) {
        connectors.remove(connector);
        tasks.keySet().removeIf(id -> id.connector().equals(connector));
    }

    @Override
    public void close() {
        // nothing to release
    }
}

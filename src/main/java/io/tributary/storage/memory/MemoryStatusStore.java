package io.tributary.storage.memory;

import java.util.List;

import io.tributary.storage.ConnectorTaskId;
import io.tributary.storage.Status;
import io.tributary.storage.StatusStore;
import io.tributary.storage.StatusTable;

/**
 * Connector and task statuses held in memory, as Apache's {@code MemoryStatusBackingStore} does for
 * standalone workers. Writes are visible at once; a DESTROYED status removes the entry, as its tombstone
 * would in the status topic. Thread-safe.
 */
public final class MemoryStatusStore implements StatusStore {

    private final StatusTable table = new StatusTable();

    @Override
    public void start() {
        // nothing to read
    }

    @Override
    public void put(Status status) {
        table.put(status, known -> true);
    }

    @Override
    public Status connectorStatus(String connector) {
        return table.connector(connector);
    }

    @Override
    public List<Status> taskStatuses(String connector) {
        return table.tasksOf(connector);
    }

    @Override
    public Status taskStatus(ConnectorTaskId id) {
        return table.task(id);
    }

    @Override
    public long version() {
        return table.version();
    }

    @Override
    public void remove(String connector) {
        table.forget(connector, null);
    }

    @Override
    public void close() {
        // nothing to release
    }
}

package io.tributary.storage;

import java.util.List;

/**
 * Connector and task status in the status topic ({@code status-connector-NAME},
 * {@code status-task-NAME-N}), in Apache's format. Writes are asynchronous but visible to this
 * worker's reads at once; records from other workers become visible as they are read.
 *
 * <p>Lifecycle: {@link #start()} (reads to the end), reads and writes from any thread, {@link #close()}.
 */
public interface StatusStore extends AutoCloseable {

    void start();

    void put(Status status);

    /** The connector's own status, or null when none is known. */
    Status connectorStatus(String connector);

    /** The status of every task of the connector that has one, in task order. */
    List<Status> taskStatuses(String connector);

    /** The task's status, or null when none is known. */
    Status taskStatus(ConnectorTaskId id);

    /**
     * A number that grows whenever a status this store answers changes (this worker's writes and records
     * read from the topic alike), so that views built from statuses can tell cheaply whether they are still
     * current. A change is counted only once reads show it.
     */
    long version();

    /** Removes the connector's status and its tasks' (tombstones), after the connector is deleted. */
    void remove(String connector);

    @Override
    void close();
}

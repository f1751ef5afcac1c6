package io.tributary.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The latest known status of every connector and task, as each status store keeps it in memory:
 * the Kafka store fills it from the topic, the memory store from its callers. Thread-safe.
 */
public final class StatusTable {

    private final Map<String, Status> connectors = new TreeMap<>();
    private final Map<ConnectorTaskId, Status> tasks = new TreeMap<>();
    // volatile so that version() needs no lock; bumped inside the lock, after the change it counts
    private volatile long version;

    /**
     * Remembers {@code status} unless the status already known for the same connector or task
     * fails {@code replaces}; DESTROYED forgets the task, or the connector with all its tasks.
     */
    public synchronized void put(Status status, Predicate<Status> replaces) {
        if (status.state() == ConnectorState.DESTROYED) {
            forget(status.connector(), status.task());
            return;
        }
        Status known = status.isTask() ? tasks.get(taskId(status)) : connectors.get(status.connector());
        if (known != null && !replaces.test(known)) {
            return;
        }
        if (status.isTask()) {
            tasks.put(taskId(status), status);
        } else {
            connectors.put(status.connector(), status);
        }
        version++;
    }

    /** Forgets a task, or with a null {@code task} a connector and all its tasks. */
    public synchronized void forget(String connector, Integer task) {
        if (task != null) {
            tasks.remove(new ConnectorTaskId(connector, task));
        } else {
            connectors.remove(connector);
            tasks.keySet().removeIf(id -> id.connector().equals(connector));
        }
        version++;
    }

    /** Grows with every change to the table; read without the lock. */
    public long version() {
        return version;
    }

    public synchronized Status connector(String connector) {
        return connectors.get(connector);
    }

    public synchronized Status task(ConnectorTaskId id) {
        return tasks.get(id);
    }

    /** The known task statuses of the connector, in task order. */
    public synchronized List<Status> tasksOf(String connector) {
        List<Status> result = new ArrayList<>();
        tasks.forEach((id, status) -> {
            if (id.connector().equals(connector)) {
                result.add(status);
            }
        });
        return result;
    }

    private static ConnectorTaskId taskId(Status status) {
        return new ConnectorTaskId(status.connector(), status.task());
    }
}

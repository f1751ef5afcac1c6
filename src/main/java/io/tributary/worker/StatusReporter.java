package io.tributary.worker;

import java.io.PrintWriter;
import java.io.StringWriter;

import io.tributary.storage.ConnectorState;
import io.tributary.storage.ConnectorTaskId;
import io.tributary.storage.Status;
import io.tributary.storage.StatusStore;
import io.tributary.worker.task.TaskStatusListener;

/**
 * Writes connector and task state changes of this worker to the status store, with the worker's
 * id and the herder's generation, and the full stack trace of failures (as Apache shows them).
 */
public final class StatusReporter implements TaskStatusListener {

    private final StatusStore store;
    private final String workerId;
    private volatile int generation;

    public StatusReporter(StatusStore store, String workerId) {
        this.store = store;
        this.workerId = workerId;
    }

    public void generation(int generation) {
        this.generation = generation;
    }

    public String workerId() {
        return workerId;
    }

    @Override
    public void onStateChange(ConnectorTaskId id, ConnectorState state, Throwable failure) {
        store.put(Status.task(id, state, trace(failure), workerId, generation));
    }

    public void connectorStateChanged(String connector, ConnectorState state, Throwable failure) {
        store.put(Status.connector(connector, state, trace(failure), workerId, generation));
    }

    static String trace(Throwable failure) {
        if (failure == null) {
            return null;
        }
        StringWriter writer = new StringWriter();
        failure.printStackTrace(new PrintWriter(writer));
        return writer.toString();
    }
}

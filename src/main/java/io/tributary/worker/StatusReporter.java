package io.tributary.worker;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.tributary.storage.ConnectorState;
import io.tributary.storage.ConnectorTaskId;
import io.tributary.storage.Status;
import io.tributary.storage.StatusStore;
import io.tributary.worker.task.TaskStatusListener;

/**
 * Writes connector and task state changes of this worker to the status store, with the worker's
 * id and the herder's generation, the connector plugin's version (Apache 4.x writes it, KIP-891) and
 * the full stack trace of failures (as Apache shows them).
 */
public final class StatusReporter implements TaskStatusListener {

    private final StatusStore store;
    private final String workerId;
    private final Map<String, String> pluginVersions = new ConcurrentHashMap<>();
    private final ActiveTopics activeTopics = new ActiveTopics();
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

    /** The topics this worker's tasks used, per connector (KIP-558). */
    public ActiveTopics activeTopics() {
        return activeTopics;
    }

    @Override
    public void onTopicActive(ConnectorTaskId id, String topic) {
        activeTopics.record(id.connector(), topic);
    }

    @Override
    public int activeTopicsResets() {
        return activeTopics.resets();
    }

    /** The version of the plugin that runs the connector and its tasks here; null forgets it. */
    public void pluginVersion(String connector, String version) {
        if (version == null) {
            pluginVersions.remove(connector);
        } else {
            pluginVersions.put(connector, version);
        }
    }

    @Override
    public void onStateChange(ConnectorTaskId id, ConnectorState state, Throwable failure) {
        store.put(Status.task(id, state, trace(failure), workerId, generation)
                .withVersion(pluginVersions.get(id.connector())));
    }

    public void connectorStateChanged(String connector, ConnectorState state, Throwable failure) {
        store.put(Status.connector(connector, state, trace(failure), workerId, generation)
                .withVersion(pluginVersions.get(connector)));
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

package io.tributary.worker.task;

import io.tributary.storage.ConnectorState;
import io.tributary.storage.ConnectorTaskId;

/**
 * Told of every state change of a task, so that the status topic (and {@code /status}) follows
 * it. Called on the task's thread; implementations must not block for long.
 */
@FunctionalInterface
public interface TaskStatusListener {

    /**
     * @param failure the cause when {@code state} is FAILED, else null
     */
    void onStateChange(ConnectorTaskId id, ConnectorState state, Throwable failure);

    /**
     * The task produced to or consumed from {@code topic} (KIP-558 active topics). A task calls it
     * when the topic differs from the one it reported last, or when {@link #activeTopicsResets()}
     * changed since; implementations must be cheap when the topic is already known.
     */
    default void onTopicActive(ConnectorTaskId id, String topic) {
    }

    /** A count that grows whenever reported topics were forgotten, so that tasks report them again. */
    default int activeTopicsResets() {
        return 0;
    }
}

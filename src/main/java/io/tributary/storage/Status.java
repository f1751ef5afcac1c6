package io.tributary.storage;

/**
 * The status of a connector ({@code task} null) or of one of its tasks, as stored in the status
 * topic and shown by {@code /status}.
 *
 * @param connector  the connector
 * @param task       the task number, or null for the connector itself
 * @param state      its state
 * @param trace      the stack trace of the failure when FAILED, else null
 * @param workerId   the worker running it, {@code host:port}
 * @param generation the herder generation that wrote it; newer generations win
 */
public record Status(String connector, Integer task, ConnectorState state, String trace, String workerId,
                     int generation) {

    public static Status connector(String connector, ConnectorState state, String trace, String workerId,
                                   int generation) {
        return new Status(connector, null, state, trace, workerId, generation);
    }

    public static Status task(ConnectorTaskId id, ConnectorState state, String trace, String workerId,
                              int generation) {
        return new Status(id.connector(), id.task(), state, trace, workerId, generation);
    }

    public boolean isTask() {
        return task != null;
    }
}

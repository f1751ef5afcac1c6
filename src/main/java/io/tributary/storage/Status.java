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
 * @param version    the version of the connector plugin running it (Apache 4.x writes it, null when
 *                   unknown, e.g. UNASSIGNED)
 */
public record Status(String connector, Integer task, ConnectorState state, String trace, String workerId,
                     int generation, String version) {

    /** A status without a plugin version. */
    public Status(String connector, Integer task, ConnectorState state, String trace, String workerId,
                  int generation) {
        this(connector, task, state, trace, workerId, generation, null);
    }

    public static Status connector(String connector, ConnectorState state, String trace, String workerId,
                                   int generation) {
        return new Status(connector, null, state, trace, workerId, generation);
    }

    public static Status task(ConnectorTaskId id, ConnectorState state, String trace, String workerId,
                              int generation) {
        return new Status(id.connector(), id.task(), state, trace, workerId, generation);
    }

    /** This status with the given plugin version. */
    public Status withVersion(String pluginVersion) {
        return new Status(connector, task, state, trace, workerId, generation, pluginVersion);
    }

    public boolean isTask() {
        return task != null;
    }
}

package io.tributary.storage;

/** One task of one connector: {@code connector} with task number {@code task} (0-based). */
public record ConnectorTaskId(String connector, int task) implements Comparable<ConnectorTaskId> {

    @Override
    public int compareTo(ConnectorTaskId other) {
        int byConnector = connector.compareTo(other.connector);
        return byConnector != 0 ? byConnector : Integer.compare(task, other.task);
    }

    @Override
    public String toString() {
        return connector + "-" + task;
    }
}

package io.tributary.storage;

import java.util.List;
import java.util.Map;

/**
 * The connector configurations of a worker or cluster, kept in the config topic in Apache's
 * format (the codec documents the records). The topic is the source of truth: a write returns once
 * the record has been acknowledged and read back, so {@link #snapshot()} then includes it.
 *
 * <p>Lifecycle:
 * <ol>
 * <li>{@link #start()} creates the topic when missing and reads it to its end;</li>
 * <li>writes and {@link #snapshot()} calls, from any thread;</li>
 * <li>{@link #close()}.</li>
 * </ol>
 * The listener is called on the store's reader thread, for records written by this or any other
 * worker, after the snapshot includes them; it must not block.
 */
public interface ConfigStore extends AutoCloseable {

    /** Told when the config topic brought a change. */
    interface Listener {
        /** A connector was created or its configuration, target state or task configurations changed. */
        void onConnectorChange(String connector);

        /** A connector was deleted. */
        void onConnectorRemoved(String connector);
    }

    void start();

    ClusterConfigState snapshot();

    /**
     * A number that grows whenever {@link #snapshot()} changes, read without taking a snapshot, so that
     * views derived from the snapshot (the REST listings) can tell cheaply whether they are still current.
     * A change is counted only once the snapshot includes it.
     */
    long version();

    void setListener(Listener listener);

    /**
     * Writes a connector's configuration; with a non-null {@code targetState} its target state is
     * written first, so that a connector created STOPPED or PAUSED never starts.
     */
    void putConnectorConfig(String connector, Map<String, String> config, TargetState targetState);

    /**
     * Deletes the connector: tombstones for its configuration and target state, as Apache writes them.
     * Its task records are dropped from the snapshot but not tombstoned: Apache never tombstones them and
     * logs an error when it reads one.
     */
    void removeConnectorConfig(String connector);

    /** Publishes a connector's task configurations: one record per task, then {@code commit-NAME}. */
    void putTaskConfigs(String connector, List<Map<String, String>> taskConfigs);

    void putTargetState(String connector, TargetState state);

    @Override
    void close();
}

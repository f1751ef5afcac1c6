package io.tributary.broker;

/**
 * A single-node Kafka broker running inside the Tributary process, started when the worker
 * configuration names no {@code bootstrap.servers}. It is what makes "one command, no Kafka
 * needed" work; production deployments point Tributary at their own cluster instead.
 *
 * <p>Lifecycle: obtained started from {@link EmbeddedBrokers#start(EmbeddedBrokerConfig)}, used
 * through {@link #bootstrapServers()}, stopped by {@link #close()} (idempotent).
 */
public interface EmbeddedBroker extends AutoCloseable {

    /** The {@code host:port} that Kafka clients (and users' own tools) connect to. */
    String bootstrapServers();

    /** The KRaft cluster id, stable across restarts on the same data directory. */
    String clusterId();

    /** Stops the broker, flushing its logs so that the next start needs no recovery. */
    @Override
    void close();
}

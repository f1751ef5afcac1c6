package io.tributary.broker;

/**
 * Service-provider interface for the embedded broker. The only implementation lives in the
 * {@code src/broker} source root, which JVM builds include and native builds leave out (the
 * Kafka broker relies on Scala and reflection), so its absence is how a native binary knows that it
 * needs {@code bootstrap.servers}.
 */
public interface EmbeddedBrokerFactory {

    /** Formats the data directory when new, starts the broker and returns once it accepts clients. */
    EmbeddedBroker start(EmbeddedBrokerConfig config);
}

package io.tributary.broker;

import java.util.ServiceLoader;

import org.apache.kafka.common.config.ConfigException;

/** Finds the embedded broker implementation carried by this build, if any. */
public final class EmbeddedBrokers {

    private EmbeddedBrokers() {
    }

    /** Whether this build can start an embedded broker (JVM builds can, native images cannot). */
    public static boolean available() {
        return ServiceLoader.load(EmbeddedBrokerFactory.class, EmbeddedBrokers.class.getClassLoader())
                .findFirst().isPresent();
    }

    /**
     * Starts the embedded broker.
     *
     * @throws ConfigException when this build carries no embedded broker
     */
    public static EmbeddedBroker start(EmbeddedBrokerConfig config) {
        EmbeddedBrokerFactory factory = ServiceLoader.load(EmbeddedBrokerFactory.class,
                        EmbeddedBrokers.class.getClassLoader())
                .findFirst()
                .orElseThrow(() -> new ConfigException("bootstrap.servers is not set and this build has no "
                        + "embedded Kafka broker (native image): set bootstrap.servers to your Kafka cluster"));
        return factory.start(config);
    }
}

package io.tributary.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Tributary's own settings (the Apache worker keys live in {@link WorkerConfig}). Each can be set
 * in application.properties, as an environment variable ({@code TRIBUTARY_EMBEDDED_BROKER_PORT})
 * or in the worker properties file.
 */
@ConfigMapping(prefix = "tributary")
public interface TributaryConfig {

    /** The broker started in-process when {@code bootstrap.servers} is not configured. */
    EmbeddedBroker embeddedBroker();

    /** {@code standalone} or {@code distributed}; set by the command line. */
    @WithDefault("standalone")
    String mode();

    /** Connector configuration files (.properties or .json) applied at start; set by the command line. */
    Optional<List<String>> connectorConfigFiles();

    /** The worker properties file named on the command line, if any. */
    Optional<String> workerPropertiesFile();

    /** Worker properties under Apache's names, for example {@code tributary.worker."bootstrap.servers"}. */
    java.util.Map<String, String> worker();

    /** The REST server's own behaviour beyond Apache's {@code listeners} keys. */
    Rest rest();

    interface Rest {
        /**
         * How long a REST request waits for the herder before answering Apache's 500 "Request timed
         * out"; Apache's fixed value is 90 seconds, tests shorten it.
         */
        @WithDefault("90s")
        Duration requestTimeout();
    }

    interface EmbeddedBroker {
        /** Defaults, also read before Quarkus boots (io.tributary.EmbeddedBrokerSettings). */
        String DEFAULT_PORT = "9092";
        String DEFAULT_DIR = "data/kafka";

        /** Port of the PLAINTEXT listener on 127.0.0.1; 0 picks a free port. */
        @WithDefault(DEFAULT_PORT)
        int port();

        /** Port of the KRaft controller listener; by default a free loopback port. */
        OptionalInt controllerPort();

        /** Data directory; topics survive restarts as long as it is kept. */
        @WithDefault(DEFAULT_DIR)
        String dir();
    }
}

package io.tributary.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

class WorkerPropertiesTest {

    @Test
    void environmentNameSingleUnderscoreIsADot() {
        // when / then
        assertThat(WorkerProperties.fromEnvironmentName("BOOTSTRAP_SERVERS")).isEqualTo("bootstrap.servers");
        assertThat(WorkerProperties.fromEnvironmentName("OFFSET_FLUSH_INTERVAL_MS"))
                .isEqualTo("offset.flush.interval.ms");
    }

    @Test
    void environmentNameDoubleUnderscoreIsAnUnderscore() {
        // when / then
        assertThat(WorkerProperties.fromEnvironmentName("PRODUCER_CLIENT__ID")).isEqualTo("producer.client_id");
    }

    @Test
    void environmentNameTripleUnderscoreIsADash() {
        // when / then
        assertThat(WorkerProperties.fromEnvironmentName("CONSUMER_MY___KEY")).isEqualTo("consumer.my-key");
    }

    @Test
    void quotedKeysFromConfigurationLoseTheirQuotes() {
        // given
        Config config = config(Map.of("tributary.worker.\"bootstrap.servers\"", "k1:9092",
                "tributary.worker.group.id", "g", "quarkus.http.port", "8083"));
        // when
        Map<String, String> props = WorkerProperties.collect(config, Map.of());
        // then
        assertThat(props).containsOnly(Map.entry("bootstrap.servers", "k1:9092"), Map.entry("group.id", "g"));
    }

    @Test
    void environmentWinsOverConfiguration() {
        // given
        Config config = config(Map.of("tributary.worker.\"bootstrap.servers\"", "from-file:9092"));
        Map<String, String> env = Map.of("TRIBUTARY_WORKER_BOOTSTRAP_SERVERS", "from-env:9092",
                "TRIBUTARY_WORKER_OFFSET_FLUSH_INTERVAL_MS", "1000", "PATH", "/bin", "TRIBUTARY_WORKER_", "ignored");
        // when
        Map<String, String> props = WorkerProperties.collect(config, env);
        // then
        assertThat(props).containsOnly(Map.entry("bootstrap.servers", "from-env:9092"),
                Map.entry("offset.flush.interval.ms", "1000"));
    }

    private static Config config(Map<String, String> values) {
        return new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(values, "test", 100)).build();
    }

    @Test
    void beforeBootTheFileIsOverriddenBySystemPropertiesAndTheEnvironmentAndKeepsOnlyWorkerKeys() {
        // given
        Map<String, String> file = Map.of("bootstrap.servers", "file:9092", "group.id", "file-group",
                "offset.flush.interval.ms", "1000", "tributary.embedded-broker.port", "19092",
                "quarkus.http.port", "8084");
        java.util.Properties system = new java.util.Properties();
        system.setProperty("tributary.worker.\"group.id\"", "system-group");
        system.setProperty("user.name", "someone");
        Map<String, String> environment = Map.of("TRIBUTARY_WORKER_BOOTSTRAP_SERVERS", "env:9092", "PATH", "/bin");
        // when
        Map<String, String> props = WorkerProperties.beforeBoot(file, system, environment);
        // then
        assertThat(props).containsOnly(Map.entry("bootstrap.servers", "env:9092"),
                Map.entry("group.id", "system-group"), Map.entry("offset.flush.interval.ms", "1000"));
    }
}
